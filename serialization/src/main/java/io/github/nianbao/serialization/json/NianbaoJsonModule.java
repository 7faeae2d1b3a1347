package io.github.nianbao.serialization.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.nianbao.core.AmountCell;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Cell;
import io.github.nianbao.core.PrintedAmount;
import io.github.nianbao.serialization.internal.json.CellCodecs;
import io.github.nianbao.serialization.internal.json.ReportDeserializer;
import io.github.nianbao.serialization.internal.json.ReportSerializer;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The Jackson module of the annual report: the JSON of docs/format.md, The JSON document for {@link
 * AnnualReport} of either format version, {@link Cell}, {@link AmountCell} and {@link
 * PrintedAmount}, on any {@code ObjectMapper}. Register it:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new NianbaoJsonModule()).build();
 * String json = mapper.writeValueAsString(report);
 * }</pre>
 *
 * <p>Core carries no Jackson annotation: this module writes and reads the model by hand, with no
 * reflection on the model's classes, so the modules need not be opened to Jackson. For files, use
 * {@link JsonFormat}, which applies this module with strict size limits, reports unknown keys and
 * missing cells as diagnostics and every failure as a typed {@code ReportParseException}.
 *
 * <h2>Wire format</h2>
 *
 * <ul>
 *   <li><b>Keys.</b> The keys of docs/format.md, taken from the model: the sections are {@code
 *       ReportSection.key()}, the tables nest as the paths of {@code
 *       CellAddress.all(report.formatVersion())} (built from {@code DisclosureRow}, {@code
 *       DisclosureColumn}, {@code DisclosureRow2019}, {@code DisclosureColumn2019}, {@code
 *       ApplicationRow}, {@code ApplicantCategory}, {@code ReviewCase} and {@code ReviewColumn}
 *       keys), so that a cell's JSON path is its {@code CellAddress.path()}, e.g. {@code
 *       applications.outcomes.withheld.stateSecret.naturalPerson}. The metadata keys are the
 *       accessor names {@code formatVersion}, {@code agency}, {@code year}, {@code scope}.
 *   <li><b>Format versions</b> (docs/format.md, Format versions). A report of the 2019 format has
 *       that format's Table 2 ({@code activeDisclosure.rules.newlyMade}, {@code
 *       activeDisclosure.licensing.change}, … {@code
 *       activeDisclosure.centralizedProcurement.totalAmount}) and its single row （六）其他处理 ({@code
 *       applications.outcomes.otherHandling.naturalPerson} …); a report of 2021 has the 2021 ones.
 *       Each writes only its own.
 *   <li><b>Order.</b> {@code formatVersion}, {@code agency}, {@code year}, {@code scope}, then the
 *       six sections in printed order; rows and columns in printed order. Writing is deterministic.
 *   <li><b>Count cells</b> (docs/format.md, Cells): a number is a JSON integer (any {@code long},
 *       negative ones included, as printed), a blank is {@code null}, a mark is a JSON string
 *       holding the printed text. A blank is never written as 0.
 *   <li><b>The fee</b> ({@code activeDisclosure.administrativeFees}, 万元) is a JSON number in plain
 *       digits with exactly its printed decimals: {@code 1953.86}, {@code 1953.860} and {@code
 *       1953} are three different cells and are written so. It is never written in scientific
 *       notation, whatever the mapper's settings, and is read as an exact {@code BigDecimal} from
 *       the digits, never through {@code double}. A blank is {@code null}, a mark a string.
 *   <li><b>The 2019 format's 采购总金额</b> ({@code
 *       activeDisclosure.centralizedProcurement.totalAmount}, {@link PrintedAmount}) is a JSON
 *       string holding the text exactly as printed, unit included ({@code "251000元"}, {@code
 *       "25.1万元"}), or the mark printed instead ({@code "无"}); a blank is {@code null}. The 2019
 *       format's {@code change} (本年增/减) counts are signed JSON integers.
 *   <li><b>{@code formatVersion}</b> is the string {@code FormatVersion.key()}, {@code "2021"} or
 *       {@code "2019"}; {@code year} a JSON integer; {@code scope} the constant's name, {@code
 *       "AGENCY"} or {@code "AGGREGATE"}; {@code agency} and the narrative sections {@code
 *       overview}, {@code problemsAndImprovements} and {@code otherMatters} JSON strings (line
 *       breaks {@code \n}).
 * </ul>
 *
 * <h2>Reading</h2>
 *
 * <ul>
 *   <li>A count cell accepts a JSON integer in the range of {@code long}, {@code null}, or a
 *       non-empty string that is not a whole number. Refused, with the cell's path: fractions
 *       ({@code 1.5}, even {@code 12.0}), exponents ({@code 1e3}), integers out of range, booleans,
 *       objects, arrays, an empty string (a blank is {@code null}) and <em>a string holding a whole
 *       number</em> such as {@code "12"}: a number is a JSON number. The model could not hold
 *       {@code "12"} as a mark, and reading it as 12 would silently drop what was written (e.g.
 *       {@code "012"}), so the reader does neither.
 *   <li>The fee accepts a JSON number in plain digits (at most {@value AmountCell#MAX_SCALE}
 *       decimals, {@value AmountCell#MAX_PRECISION} digits), {@code null}, or a string that is not
 *       a number. Exponents are refused: the printed digits would be lost.
 *   <li>The 2019 format's 采购总金额 accepts {@code null} or a non-empty string of at most {@value
 *       PrintedAmount#MAX_LENGTH} characters; a JSON number is refused, as the printed text with
 *       its unit is a string.
 *   <li>The tables are read as {@code formatVersion} says, wherever it stands in the object. A key
 *       or a shape of the other version — {@code activeDisclosure.licensing.change} or {@code
 *       applications.outcomes.otherHandling.naturalPerson} in a 2021 report, {@code
 *       activeDisclosure.rules.issued}, a single cell {@code activeDisclosure.licensing} or {@code
 *       applications.outcomes.otherHandling.overdueCorrection} in a 2019 report — is refused as an
 *       invalid value at its path, never skipped as unknown.
 *   <li>{@code formatVersion}, {@code agency} and {@code year} are required; {@code scope} and the
 *       narrative sections are optional and take the model's defaults ({@code AGENCY}, empty text).
 *   <li>Duplicate keys are refused.
 *   <li>The agency, the narrative sections and a cell's mark or printed text read a Chinese
 *       character that the text names by a Kangxi or CJK radical or a compatibility ideograph (as
 *       text copied out of some PDFs does) as the ideograph it shows, as every reader of the SDK
 *       reads it ({@link io.github.nianbao.serialization.grid.Radicals}); {@link JsonFormat} notes
 *       how many with an {@code ENCODING} diagnostic.
 *   <li>A value the model cannot hold, or a missing required member, fails with a Jackson {@code
 *       MismatchedInputException} whose message starts with the path of the value (e.g. {@code
 *       activeDisclosure.licensing: …}) and whose location gives its line and column.
 *   <li>On a user's {@code ObjectMapper} an unknown key is handled by Jackson's rules ({@code
 *       DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}, enabled by default, and any {@code
 *       DeserializationProblemHandler}); a missing cell fails unless {@link
 *       Feature#FAIL_ON_MISSING_CELLS} is disabled. {@link JsonFormat} instead reports both as
 *       diagnostics.
 *   <li>No polymorphic typing is used or needed: the module never reads a type id, so default
 *       typing on a user's mapper has no effect on the report's own values.
 * </ul>
 *
 * <h2>Service registration</h2>
 *
 * <p>The module is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module} and
 * provided in {@code module-info.java}, so that {@code ObjectMapper.findAndRegisterModules()} finds
 * it, with its default features. That is safe: it registers serializers and deserializers for the
 * four Nianbao types above only and changes nothing else, and without it such a mapper would fall
 * back to bean introspection of the Immutables classes, whose JSON is not the format.
 *
 * <p>Immutable and thread-safe; {@link #with(Feature)} and {@link #without(Feature)} return a new
 * module. As for every Jackson module, registering a second instance of this class on one mapper is
 * ignored (same {@link #getTypeId() type id}).
 */
public final class NianbaoJsonModule extends Module {

  /** Options of the module, each with its default. */
  public enum Feature {
    /**
     * Enabled by default: when no diagnostics are collected (a user's own {@code ObjectMapper}), a
     * cell missing from the JSON fails the read, naming its path. Disabled, a missing cell is read
     * as blank: never as 0, since a reader never invents a number. {@link JsonFormat} always reads
     * a missing cell as blank and reports it as a {@code MISSING_CELL} diagnostic.
     */
    FAIL_ON_MISSING_CELLS(true);

    private final boolean enabledByDefault;

    Feature(boolean enabledByDefault) {
      this.enabledByDefault = enabledByDefault;
    }

    /**
     * Returns whether the feature is enabled in a new module.
     *
     * @return the default
     */
    public boolean enabledByDefault() {
      return enabledByDefault;
    }
  }

  private final Set<Feature> features;

  /** Creates the module with every feature at its default. */
  public NianbaoJsonModule() {
    this(defaults());
  }

  private NianbaoJsonModule(Set<Feature> features) {
    this.features = Set.copyOf(features);
  }

  private static Set<Feature> defaults() {
    Set<Feature> s = EnumSet.noneOf(Feature.class);
    for (Feature f : Feature.values()) {
      if (f.enabledByDefault()) {
        s.add(f);
      }
    }
    return s;
  }

  /**
   * Returns this module with a feature enabled.
   *
   * @param feature the feature
   * @return a new module
   */
  public NianbaoJsonModule with(Feature feature) {
    Objects.requireNonNull(feature, "feature");
    Set<Feature> s = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    s.add(feature);
    return new NianbaoJsonModule(s);
  }

  /**
   * Returns this module with a feature disabled.
   *
   * @param feature the feature
   * @return a new module
   */
  public NianbaoJsonModule without(Feature feature) {
    Objects.requireNonNull(feature, "feature");
    Set<Feature> s = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
    s.remove(feature);
    return new NianbaoJsonModule(s);
  }

  /**
   * Returns whether a feature is enabled.
   *
   * @param feature the feature
   * @return {@code true} if enabled
   */
  public boolean isEnabled(Feature feature) {
    return features.contains(feature);
  }

  /**
   * Returns the module's name.
   *
   * @return {@code NianbaoJsonModule}
   */
  @Override
  public String getModuleName() {
    return "NianbaoJsonModule";
  }

  /** The artifact's version, which the build writes into a resource beside this class. */
  private static final Version VERSION = readVersion();

  /**
   * Returns the version of {@code nianbao-serialization}, as the build recorded it (the same on the
   * class path and the module path).
   *
   * @return the version, or {@link Version#unknownVersion()} if the resource is missing
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    try (java.io.InputStream in =
        NianbaoJsonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      String raw = p.getProperty("version", "");
      return raw.isEmpty() || raw.startsWith("${")
          ? Version.unknownVersion()
          : VersionUtil.parseVersion(raw, "io.github.nianbao", "nianbao-serialization");
    } catch (java.io.IOException e) {
      return Version.unknownVersion();
    }
  }

  /**
   * Registers the serializers and deserializers of {@link AnnualReport}, {@link Cell}, {@link
   * AmountCell} and {@link PrintedAmount}.
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(AnnualReport.class, new ReportSerializer());
    serializers.addSerializer(Cell.class, new CellCodecs.CountSerializer());
    serializers.addSerializer(AmountCell.class, new CellCodecs.AmountSerializer());
    serializers.addSerializer(PrintedAmount.class, new CellCodecs.PrintedAmountSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(
        AnnualReport.class, new ReportDeserializer(isEnabled(Feature.FAIL_ON_MISSING_CELLS)));
    deserializers.addDeserializer(Cell.class, new CellCodecs.CountDeserializer());
    deserializers.addDeserializer(AmountCell.class, new CellCodecs.AmountDeserializer());
    deserializers.addDeserializer(PrintedAmount.class, new CellCodecs.PrintedAmountDeserializer());
    context.addDeserializers(deserializers);
  }
}
