package io.github.nianbao.validation;

import io.github.nianbao.core.AbstractAnnualReport;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.CellAddress;
import io.github.nianbao.core.constraints.Inferred;
import io.github.nianbao.core.constraints.Official;
import io.github.nianbao.core.constraints.Severities;
import io.github.nianbao.validation.internal.Messages;
import io.github.nianbao.validation.internal.ReportCells;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates reports against the rules (docs/format.md, The rules) and returns findings that an
 * auditor or an agency can act on: code, severity, cell, contributing cells, reported and computed
 * values, and the message in Chinese and English.
 *
 * <pre>{@code
 * ValidationResult result = ReportValidator.standard().validate(report);
 * result.findings().forEach(f -> System.out.println(f.location() + " " + f.messageZh()));
 * }</pre>
 *
 * <p>The rules run through Hibernate Validator, as constraints: the SDK's own ({@link RuleCode})
 * and any a user adds with {@link Builder#addConstraint(Class)} — an ordinary constraint annotation
 * with its {@code ConstraintValidator}, written exactly as the SDK's are. A rule can be switched
 * off or given another severity without forking. Messages are interpolated without an Expression
 * Language: report text is only ever a message parameter.
 *
 * <p>Where a rule cannot run (a blank, a mark), the result says so in {@link
 * ValidationResult#notAssessable()}; the Bean Validation {@link #validator()} reports the same
 * notes as violations that {@link NotAssessable#of(ConstraintViolation)} recognises. {@link
 * Builder#only(Class...)} runs one group of rules ({@code Official}, the identities printed on the
 * form, or {@code Inferred}); {@link Builder#blankAsZero()} reads blanks as 0 and the result lists
 * where; {@link #validateSeries(ReportSeries)} takes a series told of a renamed or merged body. A
 * user's rule reports as the SDK's do through {@link RuleContext}.
 *
 * <p>Immutable and thread-safe: build one and share it. Each {@link Builder#build()} creates a
 * Hibernate Validator factory, so build once, not per report; {@link #standard()} is shared.
 */
public final class ReportValidator {

  private final Validator validator;

  /** The rules that read blanks as 0, on the reports with blanks read as 0; null when none. */
  private final Validator zeroed;

  private final Set<RuleCode> enabled;
  private final Map<String, Severity> severities;
  private final List<Class<? extends Annotation>> reportConstraints;
  private final List<Class<? extends Annotation>> seriesConstraints;

  /** Each user constraint's code ({@link #userCode}), found once when the validator is built. */
  private final Map<Class<? extends Annotation>, String> userCodes;

  private final List<String> reportRulesRun;
  private final List<String> seriesRulesRun;
  private final List<String> blankAsZeroCodes;

  private ReportValidator(Builder b) {
    EnumSet<RuleCode> rules = EnumSet.noneOf(RuleCode.class);
    for (RuleCode r : b.enabled) {
      if (b.groups.isEmpty() || b.groups.contains(Default.class) || b.groups.contains(r.group())) {
        rules.add(r);
      }
    }
    this.enabled = rules;
    EnumSet<RuleCode> zero = EnumSet.noneOf(RuleCode.class);
    for (RuleCode r : rules) {
      if (!READS_BLANKS.contains(r) && (b.allBlankAsZero || b.blankAsZero.contains(r))) {
        zero.add(r);
      }
    }
    this.blankAsZeroCodes = zero.stream().map(RuleCode::code).toList();
    this.severities = Map.copyOf(b.severities);
    this.reportConstraints =
        b.reportConstraints.stream().filter(c -> inGroups(c, b.groups)).toList();
    this.seriesConstraints =
        b.seriesConstraints.stream().filter(c -> inGroups(c, b.groups)).toList();
    // before the factories: a user's misnamed code fails fast
    Map<Class<? extends Annotation>, String> codes = new LinkedHashMap<>();
    reportConstraints.forEach(c -> codes.put(c, userCode(c)));
    seriesConstraints.forEach(c -> codes.put(c, userCode(c)));
    this.userCodes = Map.copyOf(codes);
    this.reportRulesRun = rulesRun(reportRules(), reportConstraints);
    this.seriesRulesRun = rulesRun(seriesRules(), seriesConstraints);
    EnumSet<RuleCode> direct = EnumSet.copyOf(rules);
    direct.removeAll(zero);
    this.validator = factory(direct, reportConstraints, seriesConstraints).getValidator();
    this.zeroed = zero.isEmpty() ? null : factory(zero, List.of(), List.of()).getValidator();
  }

  /**
   * The rules whose subject is the blanks themselves, which never read them as 0: {@code
   * CELL.BLANK} (a blank cell) and {@code SECTIONS.PRESENT} (a table whose every cell is blank).
   */
  private static final Set<RuleCode> READS_BLANKS =
      Collections.unmodifiableSet(EnumSet.of(RuleCode.CELL_BLANK, RuleCode.SECTIONS_PRESENT));

  /** The groups a user's constraint declares (its annotation's {@code groups} default), or none. */
  private static Set<Class<?>> declaredGroups(Class<? extends Annotation> constraint) {
    Set<Class<?>> declared = new LinkedHashSet<>();
    try {
      Object value = constraint.getMethod("groups").getDefaultValue();
      if (value instanceof Class<?>[] classes) {
        declared.addAll(List.of(classes));
      }
    } catch (NoSuchMethodException e) {
      // not a constraint annotation: Hibernate Validator refuses it when the factory is built
    }
    return declared;
  }

  /**
   * A user's constraint as the mapping registers it: in {@code Default} (which the facade
   * validates) besides the groups its annotation declares, so that one declaring only {@code
   * Official} still runs.
   */
  private static GenericConstraintDef<?> userDef(Class<? extends Annotation> constraint) {
    Set<Class<?>> groups = declaredGroups(constraint);
    groups.add(Default.class);
    return def(constraint).groups(groups.toArray(new Class<?>[0]));
  }

  /**
   * Whether a user's constraint runs when only some groups are asked for: its annotation's declared
   * groups name one of them; a constraint that declares none (Bean Validation's {@code Default})
   * counts as {@link Inferred}.
   */
  private static boolean inGroups(Class<? extends Annotation> constraint, Set<Class<?>> groups) {
    if (groups.isEmpty() || groups.contains(Default.class)) {
      return true;
    }
    Set<Class<?>> declared = declaredGroups(constraint);
    declared.remove(Default.class);
    if (declared.isEmpty()) {
      declared.add(Inferred.class);
    }
    declared.retainAll(groups);
    return !declared.isEmpty();
  }

  private static ValidatorFactory factory(
      Set<RuleCode> rules,
      List<Class<? extends Annotation>> reportConstraints,
      List<Class<? extends Annotation>> seriesConstraints) {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = config.createConstraintMapping();
    TypeConstraintMappingContext<AbstractAnnualReport> report =
        mapping.type(AbstractAnnualReport.class).ignoreAnnotations(true);
    TypeConstraintMappingContext<ReportSeries> series =
        mapping.type(ReportSeries.class).ignoreAnnotations(true);
    for (RuleCode rule : rules) {
      GenericConstraintDef<?> def =
          def(rule.constraint())
              .groups(Default.class, rule.group())
              .payload(
                  rule.defaultSeverity() == Severity.WARNING
                      ? Severities.Warning.class
                      : Severities.Error.class);
      if (rule.isSeriesRule()) {
        series.constraint(def);
      } else {
        report.constraint(def);
      }
    }
    if (!reportConstraints.isEmpty()) {
      // a user's validator naturally accepts the generated AnnualReport
      TypeConstraintMappingContext<AnnualReport> users = mapping.type(AnnualReport.class);
      reportConstraints.forEach(c -> users.constraint(userDef(c)));
    }
    seriesConstraints.forEach(c -> series.constraint(userDef(c)));
    return config.addMapping(mapping).buildValidatorFactory();
  }

  /** The codes of the rules that run, in the order of the result's {@code rulesRun}. */
  private List<String> rulesRun(List<RuleCode> rules, List<Class<? extends Annotation>> custom) {
    List<String> rulesRun = new ArrayList<>();
    rules.forEach(r -> rulesRun.add(r.code()));
    custom.forEach(c -> rulesRun.add(userCodes.get(c)));
    return List.copyOf(rulesRun);
  }

  /**
   * A user's constraint's code: the default of its annotation's element {@code String code()}, if
   * it declares one, else the annotation's simple name. Read as the element's default (as the
   * groups are), which needs no access to the user's package.
   *
   * @throws IllegalArgumentException if the declared code is blank or in the SDK's namespaces
   */
  private static String userCode(Class<? extends Annotation> constraint) {
    try {
      if (constraint.getMethod("code").getDefaultValue() instanceof String code) {
        try {
          return RuleContext.checkCode(code);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              constraint.getName() + ".code(): " + e.getMessage(), e);
        }
      }
    } catch (NoSuchMethodException e) {
      // no code of its own: it is known by its name
    }
    return constraint.getSimpleName();
  }

  private static <A extends Annotation> GenericConstraintDef<A> def(Class<A> type) {
    return new GenericConstraintDef<>(type);
  }

  /**
   * Returns the validator of every SDK rule with the severities of docs/format.md, The rules, one
   * shared instance, built on first use (a validator builds a Hibernate Validator factory, which is
   * worth doing once).
   *
   * @return the shared validator
   */
  public static ReportValidator standard() {
    return Standard.INSTANCE;
  }

  /** The holder of {@link #standard()}, initialised on first use. */
  private static final class Standard {
    static final ReportValidator INSTANCE = builder().build();
  }

  /**
   * Returns a builder, with every SDK rule enabled.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates one report against the single-report rules and the user's report constraints.
   *
   * @param report the report
   * @return the result
   */
  public ValidationResult validate(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    Run run = new Run();
    run.add(validator, report);
    List<BlankReadAsZero> blanks = List.of();
    if (zeroed != null) {
      ReportCells.Zeroed z = ReportCells.blanksAsZero(report);
      run.add(zeroed, z.report());
      blanks = z.blanks().stream().map(c -> new BlankReadAsZero(report.year(), c)).toList();
    }
    return run.result(reportRulesRun, blanks);
  }

  /**
   * Validates the reports of one agency: each report alone, and every two consecutive years against
   * the {@code SERIES.*} rules and the user's series constraints.
   *
   * @param reports the reports, in any order
   * @return the result, findings ordered by year
   * @throws IllegalArgumentException if two reports are of the same year, or of different agencies
   *     (for a body renamed or merged, see {@link #validateSeries(ReportSeries)})
   */
  public ValidationResult validateSeries(Collection<AnnualReport> reports) {
    return validateSeries(ReportSeries.of(reports));
  }

  /**
   * Validates a series: each report alone, and every two consecutive years against the {@code
   * SERIES.*} rules and the user's series constraints. Build the series with {@link
   * ReportSeries#builder()} to say that a body was renamed or merged.
   *
   * @param series the series
   * @return the result, findings ordered by year
   */
  public ValidationResult validateSeries(ReportSeries series) {
    Objects.requireNonNull(series, "series");
    List<Finding> findings = new ArrayList<>();
    List<NotAssessable> notAssessable = new ArrayList<>();
    List<BlankReadAsZero> blanks = new ArrayList<>();
    Set<String> rulesRun = new LinkedHashSet<>();
    for (AnnualReport r : series.reports()) {
      ValidationResult one = validate(r);
      findings.addAll(one.findings());
      notAssessable.addAll(one.notAssessable());
      rulesRun.addAll(one.rulesRun());
      blanks.addAll(one.blanksReadAsZero());
    }
    Run pairs = new Run();
    pairs.add(validator, series);
    if (zeroed != null) {
      pairs.add(zeroed, series.withEach(r -> ReportCells.blanksAsZero(r).report()));
    }
    ValidationResult result = pairs.result(seriesRulesRun, List.of());
    findings.addAll(result.findings());
    notAssessable.addAll(result.notAssessable());
    rulesRun.addAll(result.rulesRun());
    findings.sort(Comparator.comparingInt(Finding::year));
    return new ValidationResult(
        findings, List.copyOf(rulesRun), notAssessable, blankAsZeroCodes, blanks);
  }

  /**
   * Returns the Bean Validation {@code Validator} behind this validator: the enabled rules as
   * configured, each in the groups {@code Default} and its {@link RuleCode#group()}, messages
   * without an Expression Language. Rules that read blanks as 0 are not in it (they run on a copy
   * of the report). Its violations include the not-assessable notes ({@link
   * NotAssessable#of(ConstraintViolation)}).
   *
   * @return the validator
   */
  public Validator validator() {
    return validator;
  }

  private List<RuleCode> reportRules() {
    return enabled.stream().filter(r -> !r.isSeriesRule()).toList();
  }

  private List<RuleCode> seriesRules() {
    return enabled.stream().filter(RuleCode::isSeriesRule).toList();
  }

  /** The findings and notes of one or two validators' runs on a bean. */
  private final class Run {
    private final List<Finding> findings = new ArrayList<>();
    private final List<NotAssessable> notAssessable = new ArrayList<>();

    <T> void add(Validator v, T bean) {
      for (ConstraintViolation<T> violation : v.validate(bean)) {
        Optional<NotAssessable> note = NotAssessable.of(violation);
        if (note.isPresent()) {
          notAssessable.add(note.get());
        } else {
          findings.add(toFinding(violation, bean));
        }
      }
    }

    ValidationResult result(List<String> rulesRun, List<BlankReadAsZero> blanks) {
      findings.sort(FINDING_ORDER);
      notAssessable.sort(NOTE_ORDER);
      return new ValidationResult(findings, rulesRun, notAssessable, blankAsZeroCodes, blanks);
    }
  }

  private static int ruleOrder(String code) {
    return RuleCode.ofCode(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }

  private static final Comparator<NotAssessable> NOTE_ORDER =
      Comparator.comparingInt((NotAssessable n) -> ruleOrder(n.code()))
          .thenComparing(NotAssessable::code)
          .thenComparingInt(NotAssessable::year)
          .thenComparingInt(
              n -> CellAddress.parse(n.location()).map(c -> c.index()).orElse(Integer.MAX_VALUE))
          .thenComparing(NotAssessable::location)
          .thenComparing(NotAssessable::reason);

  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparingInt((Finding f) -> f.rule().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
          .thenComparing(Finding::code)
          .thenComparingInt(Finding::year)
          .thenComparingInt(f -> f.cell().map(c -> c.index()).orElse(Integer.MAX_VALUE))
          .thenComparing(Finding::location);

  private <T> Finding toFinding(ConstraintViolation<T> v, T bean) {
    Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    Optional<FindingDetails> details =
        Optional.ofNullable(hv.getDynamicPayload(FindingDetails.class));
    String code =
        details
            .map(FindingDetails::code)
            .orElseGet(
                () ->
                    RuleCode.ofConstraint(type)
                        .map(RuleCode::code)
                        .orElseGet(() -> userCodes.getOrDefault(type, type.getSimpleName())));
    Severity severity =
        severities.getOrDefault(
            code,
            details
                .flatMap(FindingDetails::severity)
                .orElseGet(() -> Severity.of(v.getConstraintDescriptor().getPayload())));
    int year =
        bean instanceof AbstractAnnualReport r
            ? r.year()
            : details.map(FindingDetails::year).orElse(0);
    String agency = agencyOf(bean, year);
    if (details.isPresent()) {
      FindingDetails d = details.get();
      Map<String, Object> params = d.messageParameters();
      return new Finding(
          code,
          severity,
          d.year(),
          agency,
          d.location(),
          d.cell(),
          d.contributingCells(),
          d.reported(),
          d.computed(),
          d.messageZh()
              .orElseGet(
                  () -> Messages.format(v.getMessageTemplate(), params, Locale.SIMPLIFIED_CHINESE)),
          d.messageEn()
              .orElseGet(() -> Messages.format(v.getMessageTemplate(), params, Locale.ROOT)));
    }
    String location = v.getPropertyPath().toString();
    return new Finding(
        code,
        severity,
        year,
        agency,
        location,
        CellAddress.parse(location),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        v.getMessage(),
        v.getMessage());
  }

  /** The agency of the report of {@code year} in the bean: a report, or a series of one agency. */
  private static String agencyOf(Object bean, int year) {
    if (bean instanceof AbstractAnnualReport r) {
      return r.agency();
    }
    if (bean instanceof ReportSeries s) {
      for (AnnualReport r : s.reports()) {
        if (r.year() == year) {
          return r.agency();
        }
      }
      return s.reports().get(s.reports().size() - 1).agency();
    }
    return "";
  }

  /** Configures a {@link ReportValidator}. */
  public static final class Builder {
    private final EnumSet<RuleCode> enabled = EnumSet.allOf(RuleCode.class);
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Class<? extends Annotation>> reportConstraints = new ArrayList<>();
    private final List<Class<? extends Annotation>> seriesConstraints = new ArrayList<>();
    private final Set<Class<?>> groups = new HashSet<>();
    private final EnumSet<RuleCode> blankAsZero = EnumSet.noneOf(RuleCode.class);
    private boolean allBlankAsZero;

    private Builder() {}

    /**
     * Runs only the rules of some Bean Validation groups: {@link Official} (the identities printed
     * on the form, {@link RuleCode#isOfficial()}) or {@link Inferred} (every other rule); {@code
     * Default} runs all. A user's constraint runs if its annotation's declared {@code groups} name
     * one of them; one that declares none counts as inferred. The result's {@code rulesRun} lists
     * the rules that ran. Without this, every enabled rule runs.
     *
     * @param groups {@code Official.class}, {@code Inferred.class} or {@code Default.class}
     * @return this builder
     * @throws IllegalArgumentException for any other class
     */
    public Builder only(Class<?>... groups) {
      for (Class<?> g : groups) {
        if (g != Official.class && g != Inferred.class && g != Default.class) {
          throw new IllegalArgumentException(
              "the rules' groups are Official, Inferred and Default, not " + g.getName());
        }
        this.groups.add(g);
      }
      return this;
    }

    /**
     * Reads blank cells as 0 in every rule that computes with cells (every rule but {@code
     * CELL.BLANK} and {@code SECTIONS.PRESENT}, which still report the blanks and a wholly blank
     * table), for users who know their blanks mean zero. Marks ({@code /}, {@code 无} …) are not
     * blanks: a rule whose operand is a mark stays not assessable. The result lists the rules
     * ({@link ValidationResult#blankAsZero()}) and every blank cell they read as 0 ({@link
     * ValidationResult#blanksReadAsZero()}); a finding's reported or computed value then rests on
     * those zeros. Users' own constraints see the report as printed.
     *
     * @return this builder
     */
    public Builder blankAsZero() {
      allBlankAsZero = true;
      return this;
    }

    /**
     * Reads blank cells as 0 in some rules only, as {@link #blankAsZero()} does for all.
     *
     * @param rules the rules
     * @return this builder
     * @throws IllegalArgumentException for {@code CELL.BLANK} and {@code SECTIONS.PRESENT}, whose
     *     subject is the blanks
     */
    public Builder blankAsZero(RuleCode... rules) {
      for (RuleCode r : rules) {
        if (READS_BLANKS.contains(Objects.requireNonNull(r, "rule"))) {
          throw new IllegalArgumentException(
              r.code() + " reports blanks (a blank cell, a blank table): it cannot read them as 0");
        }
        blankAsZero.add(r);
      }
      return this;
    }

    /**
     * Switches rules off.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder disable(RuleCode... rules) {
      for (RuleCode r : rules) {
        enabled.remove(Objects.requireNonNull(r, "rule"));
      }
      return this;
    }

    /**
     * Gives a rule another severity in the findings.
     *
     * @param rule the rule
     * @param severity its severity
     * @return this builder
     */
    public Builder severity(RuleCode rule, Severity severity) {
      return severity(rule.code(), severity);
    }

    /**
     * Gives a rule, the SDK's or a user's, another severity in the findings.
     *
     * @param code the rule's code: a {@link RuleCode#code()}, the code in a user's {@link
     *     FindingDetails}, or, for a user's constraint that reports without them, its declared
     *     {@code code()} or else its annotation's simple name
     * @param severity its severity
     * @return this builder
     * @throws IllegalArgumentException if the code starts as the SDK's codes do ({@code T3.},
     *     {@code SERIES.} …) but is none of them: a typo would change nothing
     */
    public Builder severity(String code, Severity severity) {
      Objects.requireNonNull(code, "code");
      int dot = code.indexOf('.');
      String prefix = dot < 0 ? "" : code.substring(0, dot);
      boolean sdkPrefix =
          java.util.Arrays.stream(RuleCode.values())
              .anyMatch(r -> r.code().startsWith(prefix + "."));
      if (sdkPrefix && RuleCode.ofCode(code).isEmpty()) {
        // a typo of one of the SDK's codes would silently change nothing
        throw new IllegalArgumentException(
            "no rule of the SDK has the code "
                + code
                + "; its "
                + prefix
                + " rules are "
                + java.util.Arrays.stream(RuleCode.values())
                    .map(RuleCode::code)
                    .filter(c -> c.startsWith(prefix + "."))
                    .toList());
      }
      severities.put(code, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a user's rule on single reports: a constraint annotation applicable to a type, whose
     * {@code ConstraintValidator} accepts an {@link AnnualReport} (or {@link
     * AbstractAnnualReport}). Its severity is its payload, as for the SDK's rules. The result's
     * {@link ValidationResult#rulesRun() rulesRun} names it by its code when the annotation
     * declares one as the element {@code String code()} with a default (e.g. {@code String code()
     * default CODE;}, {@code CODE} being what its validator gives {@link RuleContext}), else by its
     * simple name.
     *
     * @param constraint the annotation type
     * @return this builder
     */
    public Builder addConstraint(Class<? extends Annotation> constraint) {
      reportConstraints.add(Objects.requireNonNull(constraint, "constraint"));
      return this;
    }

    /**
     * Adds a user's rule on {@link ReportSeries}: its validator reports in one report of the series
     * through {@link RuleContext#of(jakarta.validation.ConstraintValidatorContext, String,
     * ReportSeries, int)}. It is named in {@code rulesRun} as {@link #addConstraint(Class)} says.
     *
     * @param constraint the annotation type, whose validator accepts a {@link ReportSeries}
     * @return this builder
     */
    public Builder addSeriesConstraint(Class<? extends Annotation> constraint) {
      seriesConstraints.add(Objects.requireNonNull(constraint, "constraint"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if a user's constraint declares a {@code code()} that is
     *     blank or in the SDK's namespaces ({@code T3.}, {@code SERIES.} …)
     */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
