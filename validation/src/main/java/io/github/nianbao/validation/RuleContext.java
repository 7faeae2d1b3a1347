package io.github.nianbao.validation;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.validation.internal.Messages;
import io.github.nianbao.validation.internal.Violations;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Lets a user's own {@code ConstraintValidator} report findings as the SDK's rules do: the user's
 * code, a severity, the cell ({@link CellAddress}) and its contributing cells, the reported and the
 * computed value, the message in Chinese and English, and not-assessable notes. {@link
 * ReportValidator} turns them into {@link Finding}s and {@link NotAssessable}s; a plain Bean
 * Validation call sees each as a violation located at the cell, with {@link FindingDetails} as
 * dynamic payload.
 *
 * <pre>{@code
 * public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
 *   RuleContext rule = RuleContext.of(context, "EXAMPLE.WITHHELD_HALF", report)
 *       .messages(zhBundle, enBundle);           // templates under the key EXAMPLE.WITHHELD_HALF
 *   if (!total.isNumber()) {
 *     rule.notAssessable(at, "(七)总计 is blank");
 *   } else if (2 * withheld > total.value()) {
 *     rule.at(at).contributing(cells).reported(total.value()).computed(total.value() / 2)
 *         .param("withheld", withheld).add();
 *   }
 *   return rule.isValid();
 * }
 * }</pre>
 *
 * <p>Messages are templates with named parameters {@code {name}}, replaced once and never
 * interpreted (no Expression Language): report text belongs in parameters only. Every finding has
 * the parameters {@code cell} (its path), {@code cellLabel} (the official label, for a cell),
 * {@code year}, and {@code reported} and {@code computed} when set. A template comes from the
 * user's own bundles ({@link #messages(ResourceBundle, ResourceBundle)}, key = the code, or the
 * code and a {@linkplain FindingBuilder#variant(String) variant}), or is given per finding ({@link
 * FindingBuilder#message(String, String)}); without either, it is the constraint's own message in
 * both languages (a key in braces is looked up in the {@code ValidationMessages} bundle, and a key
 * no bundle holds is an {@code IllegalStateException}, never a key printed as a message).
 *
 * <p>A rule on a {@link ReportSeries} (added with {@link
 * ReportValidator.Builder#addSeriesConstraint(Class)}) takes a context per report it reports on,
 * {@link #of(ConstraintValidatorContext, String, ReportSeries, int)}: its findings are located in
 * that report, with its year and agency, as the SDK's {@code SERIES.*} findings are.
 *
 * <p>One context serves one call of {@code isValid}; it is not thread-safe.
 */
public final class RuleContext {
  private final ConstraintValidatorContext context;
  private final String code;
  private final int year;

  /** The index of the report in a series, or -1 for a report's rule. */
  private final int seriesIndex;

  private Severity severity;
  private ResourceBundle zh;
  private ResourceBundle en;
  private boolean valid = true;

  private RuleContext(ConstraintValidatorContext context, String code, int year, int seriesIndex) {
    this.context = context;
    this.code = code;
    this.year = year;
    this.seriesIndex = seriesIndex;
  }

  /**
   * Starts reporting a user's rule on a report.
   *
   * @param context the context {@code isValid} was given
   * @param code the rule's stable code, e.g. {@code EXAMPLE.WITHHELD_HALF}: not blank, none of the
   *     SDK's and not starting as the SDK's do ({@code T3.}, {@code SERIES.} …)
   * @param report the report being validated
   * @return the context
   * @throws IllegalArgumentException if the code is blank or is, or looks like, one of the SDK's
   */
  public static RuleContext of(
      ConstraintValidatorContext context, String code, AnnualReport report) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(report, "report");
    return new RuleContext(context, checkCode(code), report.year(), -1);
  }

  /**
   * Starts reporting a user's rule on a series, for one of its reports: the findings and notes are
   * located in {@code series.reports().get(index)} and carry its year and agency, as the SDK's
   * {@code SERIES.*} findings do. Through {@link ReportValidator#validateSeries(ReportSeries)} a
   * finding's location is the cell's path ({@code applications.carriedOver.total}); a plain Bean
   * Validation call sees the violation at {@code reports[index].<path>}. A rule comparing
   * consecutive years takes one context per later year, and returns {@code false} if any of them is
   * not {@linkplain #isValid() valid}:
   *
   * <pre>{@code
   * public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
   *   boolean valid = true;
   *   for (int i = 1; i < series.reports().size(); i++) {
   *     RuleContext rule = RuleContext.of(context, "MY.NEW_HALVED", series, i);
   *     if (!series.followsPrevious(i)) {
   *       rule.notAssessableReport("no report of the year before");
   *     } else if (2 * now < before) {
   *       rule.at(newTotal).reported(now).computed(before).add();
   *     }
   *     valid &= rule.isValid();
   *   }
   *   return valid;
   * }
   * }</pre>
   *
   * @param context the context {@code isValid} was given
   * @param code the rule's stable code, as for {@link #of(ConstraintValidatorContext, String,
   *     AnnualReport)}
   * @param series the series being validated
   * @param index the index in {@link ReportSeries#reports()} of the report the findings are in
   * @return the context
   * @throws IllegalArgumentException if the code is blank or is, or looks like, one of the SDK's
   * @throws IndexOutOfBoundsException if the series has no report at the index
   */
  public static RuleContext of(
      ConstraintValidatorContext context, String code, ReportSeries series, int index) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(series, "series");
    String checked = checkCode(code);
    int size = series.reports().size();
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "no report at index "
              + index
              + " of a series of "
              + size
              + (size == 1 ? " report (index 0)" : " reports (indexes 0 to " + (size - 1) + ")"));
    }
    return new RuleContext(context, checked, series.reports().get(index).year(), index);
  }

  /**
   * Checks a user's rule code: not blank, not in the SDK's namespaces.
   *
   * @throws IllegalArgumentException if it is blank or is, or looks like, one of the SDK's
   */
  static String checkCode(String code) {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a rule's code must not be blank");
    }
    int dot = code.indexOf('.');
    String prefix = dot < 0 ? code : code.substring(0, dot);
    if (Arrays.stream(RuleCode.values()).anyMatch(r -> r.code().startsWith(prefix + "."))) {
      throw new IllegalArgumentException(
          "the code "
              + code
              + " is in the SDK's namespace "
              + prefix
              + ".: give your rule a prefix of its own, e.g. MY."
              + (dot < 0 ? code : code.substring(dot + 1)));
    }
    return code;
  }

  /**
   * Gives the findings a severity; without it, the constraint's payload decides ({@code
   * Severities.Warning} or error). {@link ReportValidator.Builder#severity(String, Severity)} still
   * overrides both.
   *
   * @param severity the severity
   * @return this context
   */
  public RuleContext severity(Severity severity) {
    this.severity = Objects.requireNonNull(severity, "severity");
    return this;
  }

  /**
   * Takes the message templates from the user's own bundles, loaded by the user's code (so that
   * they resolve in the user's module): the key is the rule's code, or the code followed by a
   * {@linkplain FindingBuilder#variant(String) variant}.
   *
   * @param chinese the bundle of Chinese templates
   * @param english the bundle of English templates
   * @return this context
   */
  public RuleContext messages(ResourceBundle chinese, ResourceBundle english) {
    this.zh = Objects.requireNonNull(chinese, "chinese");
    this.en = Objects.requireNonNull(english, "english");
    return this;
  }

  /**
   * Starts a finding at a cell: its location is the cell's path.
   *
   * @param cell the cell the finding names
   * @return the finding to complete and {@linkplain FindingBuilder#add() add}
   */
  public FindingBuilder at(CellAddress cell) {
    Objects.requireNonNull(cell, "cell");
    return new FindingBuilder(cell.path(), cell);
  }

  /**
   * Starts a finding at a place that is no cell, such as a section ({@code otherMatters}).
   *
   * @param location the place's path, keys separated by dots
   * @return the finding to complete and add
   */
  public FindingBuilder atPlace(String location) {
    return new FindingBuilder(checkLocation(location), null);
  }

  /**
   * Notes that the rule could not run for a cell, and why: not a finding ({@link
   * ValidationResult#notAssessable()}).
   *
   * @param cell the cell the rule would have checked
   * @param reason why, in English, e.g. {@code applications.outcomesTotal.total is blank}
   */
  public void notAssessable(CellAddress cell, String reason) {
    notAssessable(Objects.requireNonNull(cell, "cell").path(), reason);
  }

  /**
   * Notes that the rule could not run at a place, and why.
   *
   * @param location the place's path
   * @param reason why, in English
   */
  public void notAssessable(String location, String reason) {
    note(checkLocation(location), reason);
  }

  /**
   * Notes that the rule could not run on the whole report of a series, and why: typically that the
   * report of the year before is missing ({@link ReportSeries#followsPrevious(int)} is false). The
   * note is located at {@code reports[index]}, as the SDK's {@code SERIES.*} rules locate theirs,
   * with the report's year.
   *
   * @param reason why, in English, e.g. {@code no report of 2022: 2021 and 2023 are not
   *     consecutive}
   * @throws IllegalStateException if this context is for a report, not for a series: on a report,
   *     name the cell or place
   */
  public void notAssessableReport(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (seriesIndex < 0) {
      throw new IllegalStateException(
          "a note on a whole report is for a series rule (RuleContext.of(context, code, series,"
              + " index)); on a report, name the cell or place the rule would have checked");
    }
    note("reports[" + seriesIndex + "]", reason);
  }

  private void note(String location, String reason) {
    Objects.requireNonNull(reason, "reason");
    valid = false;
    Violations.notAssessable(context, code, year, location, reason, seriesIndex);
  }

  /**
   * Returns what {@code isValid} returns: {@code false} once a finding or a note was added (Bean
   * Validation reports a validator's violations only when it returns {@code false}).
   *
   * @return whether nothing was added
   */
  public boolean isValid() {
    return valid;
  }

  private static String checkLocation(String location) {
    Objects.requireNonNull(location, "location");
    if (location.isEmpty() || location.startsWith(".") || location.endsWith(".")) {
      throw new IllegalArgumentException("not a path of keys: '" + location + "'");
    }
    if (location.startsWith("reports[")) {
      throw new IllegalArgumentException(
          "'"
              + location
              + "' is a series' path: give the place's path within the report (the context knows"
              + " which report), or notAssessableReport(reason) for the whole report");
    }
    return location;
  }

  /** A finding being built: what the rule names besides its place, then {@link #add()}. */
  public final class FindingBuilder {
    private final String location;
    private final CellAddress cell;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private List<CellAddress> contributing = List.of();
    private String reported;
    private String computed;
    private String variant = "";
    private String templateZh;
    private String templateEn;

    private FindingBuilder(String location, CellAddress cell) {
      this.location = location;
      this.cell = cell;
      parameters.put("cell", location);
      if (cell != null) {
        parameters.put("cellLabel", cell.label());
      }
      parameters.put("year", year);
    }

    /**
     * The cells the rule computed from.
     *
     * @param cells the cells
     * @return this finding
     */
    public FindingBuilder contributing(List<CellAddress> cells) {
      this.contributing = List.copyOf(cells);
      return this;
    }

    /**
     * The cells the rule computed from.
     *
     * @param cells the cells
     * @return this finding
     */
    public FindingBuilder contributing(CellAddress... cells) {
      return contributing(List.of(cells));
    }

    /**
     * The value printed at the cell (message parameter {@code reported}).
     *
     * @param value the value as printed
     * @return this finding
     */
    public FindingBuilder reported(String value) {
      this.reported = Objects.requireNonNull(value, "value");
      parameters.put("reported", value);
      return this;
    }

    /**
     * The value printed at the cell.
     *
     * @param value the value
     * @return this finding
     */
    public FindingBuilder reported(long value) {
      return reported(Long.toString(value));
    }

    /**
     * The value the rule derives (message parameter {@code computed}).
     *
     * @param value the value
     * @return this finding
     */
    public FindingBuilder computed(String value) {
      this.computed = Objects.requireNonNull(value, "value");
      parameters.put("computed", value);
      return this;
    }

    /**
     * The value the rule derives.
     *
     * @param value the value
     * @return this finding
     */
    public FindingBuilder computed(long value) {
      return computed(Long.toString(value));
    }

    /**
     * A message parameter: report text goes here, never into a template.
     *
     * @param name the name, used as {@code {name}} in the templates
     * @param value the value, inserted as it is
     * @return this finding
     */
    public FindingBuilder param(String name, Object value) {
      parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Picks another template of the user's bundles: the key becomes the code followed by the
     * suffix.
     *
     * @param suffix e.g. {@code .blank}
     * @return this finding
     */
    public FindingBuilder variant(String suffix) {
      this.variant = Objects.requireNonNull(suffix, "suffix");
      return this;
    }

    /**
     * Gives this finding's templates directly, instead of the bundles'.
     *
     * @param chinese the Chinese template
     * @param english the English template
     * @return this finding
     */
    public FindingBuilder message(String chinese, String english) {
      this.templateZh = Objects.requireNonNull(chinese, "chinese");
      this.templateEn = Objects.requireNonNull(english, "english");
      return this;
    }

    /**
     * Adds the finding.
     *
     * @throws IllegalStateException if the bundles lack the template's key
     */
    public void add() {
      String zhText = format(templateZh, zh, Locale.SIMPLIFIED_CHINESE);
      String enText = format(templateEn, en, Locale.ROOT);
      Map<String, Object> params = new LinkedHashMap<>(parameters);
      params.put("findingZh", zhText);
      params.put("findingEn", enText);
      valid = false;
      Violations.add(
          context,
          new FindingDetails(
              code,
              year,
              location,
              Optional.ofNullable(cell),
              contributing,
              Optional.ofNullable(reported),
              Optional.ofNullable(computed),
              params,
              Optional.ofNullable(severity),
              Optional.of(zhText),
              Optional.of(enText),
              Optional.empty()),
          "{" + Violations.USER_FINDING_KEY + "}",
          seriesIndex);
    }

    private String format(String given, ResourceBundle bundle, Locale locale) {
      String template = given;
      if (template == null && bundle != null) {
        String key = code + variant;
        try {
          template = bundle.getString(key);
        } catch (MissingResourceException e) {
          throw new IllegalStateException(
              "the bundle " + bundle.getBaseBundleName() + " has no template for " + key, e);
        }
      }
      if (template == null) {
        template = constraintMessage(context.getDefaultConstraintMessageTemplate(), locale);
      }
      // a literal template: Messages.format looks up only the SDK's own keys
      return Messages.format(template, parameters, locale);
    }

    /**
     * The constraint's own message: a literal, or a key in braces ({@code
     * {com.example.Rule.message}}) looked up in the {@code ValidationMessages} bundle the context
     * class loader finds, as Bean Validation would.
     *
     * @throws IllegalStateException if it is a key that bundle lacks: a finding's message is never
     *     a key printed as text
     */
    private static String constraintMessage(String template, Locale locale) {
      Optional<String> key = Messages.keyOf(template);
      if (key.isEmpty()) {
        return template;
      }
      String name = key.get();
      try {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ResourceBundle.getBundle(
                "ValidationMessages",
                locale,
                loader != null ? loader : RuleContext.class.getClassLoader())
            .getString(name);
      } catch (MissingResourceException e) {
        throw new IllegalStateException(
            "the constraint's message is the key "
                + template
                + ", which no ValidationMessages bundle holds: give RuleContext.messages(zh, en)"
                + " or FindingBuilder.message(zh, en), or a literal message",
            e);
      }
    }
  }
}
