package io.github.nianbao.validation;

import io.github.nianbao.core.CellAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of {@link ReportValidator}: a rule, its severity, where it points and the message in
 * Chinese and English — in the style of a validator's finding in Arelle.
 *
 * @param code the rule's stable code, e.g. {@code T3.BALANCE} (for a user's constraint without
 *     {@link FindingDetails}, the annotation's simple name)
 * @param severity the severity, after any override of the validator's configuration
 * @param year the reporting year of the report the finding is in
 * @param agency the agency of the report the finding is in, as printed
 * @param location the path of the cell or section, e.g. {@code
 *     applications.carriedForward.naturalPerson}
 * @param cell the cell the finding names, if it names one
 * @param contributingCells every cell that contributed, possibly none
 * @param reported the value printed at the cell, if any
 * @param computed the value the rule derives, if any
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Finding(
    String code,
    Severity severity,
    int year,
    String agency,
    String location,
    Optional<CellAddress> cell,
    List<CellAddress> contributingCells,
    Optional<String> reported,
    Optional<String> computed,
    String messageZh,
    String messageEn) {

  /**
   * Creates the finding; the list is copied.
   *
   * @param code the code
   * @param severity the severity
   * @param year the year
   * @param agency the agency
   * @param location the location
   * @param cell the cell, if any
   * @param contributingCells the contributing cells
   * @param reported the printed value, if any
   * @param computed the derived value, if any
   * @param messageZh the Chinese message
   * @param messageEn the English message
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
    contributingCells = List.copyOf(contributingCells);
  }

  /**
   * Returns the SDK rule of the finding.
   *
   * @return the rule, or empty for a user's own constraint
   */
  public Optional<RuleCode> rule() {
    return RuleCode.ofCode(code);
  }

  /**
   * Returns the finding's stable fingerprint: the same rule at the same place of the same agency's
   * report of the same year has the same fingerprint in every run and every version of the SDK, so
   * that an auditor can track a finding across runs and mark it reviewed. Severity, values and
   * messages are not part of it: a finding whose numbers change is still the same finding.
   *
   * <p>It is the first 16 hexadecimal digits of the SHA-256 of the UTF-8 bytes of {@code code + "|"
   * + location + "|" + agency + "|" + year}, with the agency's white space removed (a line break in
   * a printed name changes nothing).
   *
   * @return 16 lower-case hexadecimal digits
   */
  public String fingerprint() {
    StringBuilder agencyKey = new StringBuilder(agency.length());
    agency
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(agencyKey::appendCodePoint);
    String key = code + "|" + location + "|" + agencyKey + "|" + year;
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the message in a language: Chinese for a Chinese locale, English otherwise.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
  }
}
