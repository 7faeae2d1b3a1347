package io.github.nianbao.serialization;

import io.github.nianbao.core.CellAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a reader says about its input: why ({@link Reason}, and the broad {@link Kind} it
 * belongs to), a place (line, and the cell when it concerns one), the text concerned, and what it
 * did. Immutable.
 *
 * <p>Branch on {@link #reason()} (or {@link #kind()}), never on the message, whose wording may
 * change.
 */
public final class Diagnostic {

  /** What a diagnostic reports. */
  public enum Kind {
    /**
     * The reader accepted a variant and read it as the official form: a label with other
     * punctuation, spaces or a missing character, a full-width digit, a repeated table header.
     */
    NORMALISED,
    /** A cell the reader did not find: the model holds it as blank. */
    MISSING_CELL,
    /** Text the reader could not place, such as a stray extra cell: it is not in the model. */
    UNPLACED,
    /** Content the reader recognised and left out on purpose, such as 办理结果占比情况. */
    IGNORED,
    /** A key the reader does not know (JSON): it is not in the model. */
    UNKNOWN_KEY,
    /**
     * A value read as printed that is probably wrong, such as a fee that looks like 元 where 万元 is
     * asked: the model holds it as printed.
     */
    DOUBTFUL
  }

  /**
   * Why a reader made a diagnostic: one reason a situation, each of one {@link Kind}.
   *
   * <p>Tests and callers branch on the reason; the message only explains it to a person.
   */
  public enum Reason {
    /** A row, group or column label printed with other punctuation, spaces or characters. */
    LABEL_VARIANT(Kind.NORMALISED, "标签的标点、空格或个别字与正式写法不同，按正式标签读取"),
    /** A row label printed over two lines or cells, read as one. */
    LABEL_BROKEN(Kind.NORMALISED, "行标签折成两行或两格，合并为一个标签读取"),
    /** A section heading printed with other punctuation or markup, read as the official one. */
    HEADING_VARIANT(Kind.NORMALISED, "章节标题的标点或标记与正式写法不同，按正式标题读取"),
    /**
     * A group label printed vertically, one character a line beside the rows: read as the label.
     */
    VERTICAL_LABEL(Kind.NORMALISED, "分组标签竖排（每行一字），按该标签读取"),
    /** A table found by its labels where its section heading is missing (a page of a report). */
    SECTION_WITHOUT_HEADING(Kind.NORMALISED, "缺少章节标题，按表格的标签认出该表"),
    /** A table's header printed again (after a page break, mostly). */
    REPEATED_HEADER(Kind.NORMALISED, "表头重复印出（多因分页），已略过"),
    /**
     * A number written as people write it: thousands separators, full-width digits, a unit such as
     * 件 or 万元, a plus sign. Read as the number.
     */
    NUMBER_NORMALISED(Kind.NORMALISED, "数字带千位分隔符、全角数字、单位或加号，按数值读取"),
    /**
     * Cells printed with no separator between them ({@code 713000074}), split because exactly one
     * split satisfies every identity the cells take part in. The numbers are inferred.
     */
    SPLIT_DIGITS(Kind.NORMALISED, "相邻单元格的数字连在一起，按唯一满足各项勾稽关系的拆分读取（数值为推断）"),
    /** Text held in the model's normal form (white space and line breaks) (JSON). */
    TEXT_NORMALISED(Kind.NORMALISED, "文本的空白和换行按规范形式保存"),
    /** The title printed in another form (over two lines, a numeral year, markup), read. */
    TITLE_VARIANT(Kind.NORMALISED, "标题以其他形式印出（分两行、中文数字年份、标记等），已读取"),
    /**
     * Metadata the text does not print, taken from elsewhere: the year from the statistics period
     * or the narrative, or the agency or year from the caller's {@code ReadOptions}.
     */
    METADATA_INFERRED(Kind.NORMALISED, "文中未印出的年度或机关，取自统计期限、正文或调用方给出的值"),
    /**
     * Bytes decoded in an encoding other than UTF-8 (or with a byte order mark), which it names; or
     * characters named by Kangxi radicals or compatibility ideographs (as text from some PDFs names
     * them), read as the ideographs they show, which it counts.
     */
    ENCODING(Kind.NORMALISED, "文本不是 UTF-8（或带字节顺序标记），按所注明的编码解码；或以部首、兼容汉字表示的字符，按其所示汉字读取"),
    /**
     * The format version read from the tables, where the year, or the canonical text's 格式： line,
     * suggests the other.
     */
    VERSION_FROM_TABLES(Kind.NORMALISED, "格式版本按表格判断，与年度或“格式：”行所示的版本不同"),
    /** Table 2 prints one format version and Table 3 the other: read as Table 2's. */
    VERSION_MISMATCH(Kind.DOUBTFUL, "表二与表三的格式版本不一致，按表二读取，另一版本的行未放置"),
    /** No table shows the format version and the year is before 2021: read as 2021. */
    VERSION_ASSUMED(Kind.DOUBTFUL, "没有表格显示格式版本，按 2021 年格式读取"),
    /** A section heading with nothing under it that is printed again later: a table of contents. */
    TABLE_OF_CONTENTS(Kind.IGNORED, "章节标题下无内容、后文再次出现：视为目录，已略过"),
    /** A page header, footer or page number. */
    PAGE_FURNITURE(Kind.IGNORED, "页眉、页脚或页码，已略过"),
    /** A known extra that is not in the model, such as 办理结果占比情况. */
    EXTRA(Kind.IGNORED, "报告模型之外的已知内容（如办理结果占比情况），已略过"),
    /** Markup of the source that carries no content, such as a Markdown table's delimiter row. */
    MARKUP(Kind.IGNORED, "不含内容的源文件标记（如 Markdown 表格的分隔行），已略过"),
    /** Text before the first section (or outside the tables) that is not in the model. */
    OUTSIDE_REPORT(Kind.IGNORED, "第一个章节之前或表格之外的文字，不在报告模型中"),
    /** A number or mark outside any row. */
    UNPLACED_CELL(Kind.UNPLACED, "不属于任何一行的数字或标记，未放入报告"),
    /** Text that is no label of the table it stands in. */
    UNPLACED_TEXT(Kind.UNPLACED, "不是所在表格标签的文字，未放入报告"),
    /** A cell beyond the row's width. */
    SURPLUS_CELL(Kind.UNPLACED, "超出该行列数的单元格，未放入报告"),
    /** A row printed a second time: the copy not kept. */
    DUPLICATE_ROW(Kind.UNPLACED, "重复印出的行，重复的一份未保留"),
    /**
     * Cells printed with no separator that more than one split (or none) fits: the digits are
     * quoted, the cells left blank.
     */
    AMBIGUOUS_DIGITS(Kind.UNPLACED, "连在一起的数字有多种拆分或无法拆分：照录原文，相关单元格按空白处理"),
    /** A row with fewer cells than columns, where which column is missing cannot be told. */
    SHORT_ROW(Kind.UNPLACED, "该行单元格少于列数，无法判断缺少哪一列，未放入报告"),
    /** A value of metadata that is not known (e.g. a scope): the default is taken. */
    UNKNOWN_VALUE(Kind.UNPLACED, "元数据的取值无法识别（如报告范围），采用默认值"),
    /** The agency is not in the input, nor given by the caller: the model holds it as empty. */
    MISSING_METADATA(Kind.MISSING_CELL, "输入中没有报告机关，调用方也未给出，按空值处理"),
    /**
     * A section heading after a later section's (sections printed out of order, or one printed
     * twice): its lines are read as the section it stands in.
     */
    HEADING_OUT_OF_ORDER(Kind.UNPLACED, "章节标题出现在后面章节之后（顺序颠倒或重复印出），其内容按所在章节读取"),
    /**
     * The title of another report after the first section: more than one report in one text. Only
     * the first is read; the other's lines are read as part of it.
     */
    SECOND_REPORT(Kind.UNPLACED, "第一个章节之后出现另一份报告的标题：只读取第一份，其后各行按第一份读取"),
    /** A row (or a whole table) that is not in the input: its cells are blank. */
    MISSING_ROW(Kind.MISSING_CELL, "输入中缺少该行（或整张表），其单元格按空白处理"),
    /** A cell that is not in the input, or printed empty where a number was expected: blank. */
    MISSING_CELL(Kind.MISSING_CELL, "输入中缺少该单元格，或应为数字处印为空，按空白处理"),
    /** A cell whose text is neither a number nor a mark: blank. */
    UNREADABLE_CELL(Kind.MISSING_CELL, "单元格内容既不是数字也不是标记，按空白处理"),
    /** A key that is not part of the report (JSON): skipped. */
    UNKNOWN_KEY(Kind.UNKNOWN_KEY, "不属于报告的键（JSON），已略过"),
    /** A fee that is plainly in 元 where 万元 is asked: kept as printed. */
    FEE_UNIT(Kind.DOUBTFUL, "收费金额看来以元而非万元填报，按原样保留"),
    /**
     * The count of further UNPLACED, MISSING_CELL and DOUBTFUL diagnostics, and notes of inferred
     * values, left out past the limit.
     */
    MORE_LOSSES(Kind.UNPLACED, "超出条数上限、未逐条列出的其余未能放置、缺失、存疑或推断值提示"),
    /** The count of further NORMALISED and IGNORED diagnostics left out past the limit. */
    MORE_NOTES(Kind.IGNORED, "超出条数上限、未逐条列出的其余规范化或已略过内容的提示");

    private final Kind kind;
    private final String zh;

    Reason(Kind kind, String zh) {
      this.kind = kind;
      this.zh = zh;
    }

    /**
     * Returns what this reason means, in Chinese, for a person reading Chinese output: what the
     * reader found and what it did. The {@link Diagnostic#message() message} of each diagnostic
     * says the same of one place, in English.
     *
     * @return the description in Chinese
     */
    public String zh() {
      return zh;
    }

    /**
     * Returns the broad kind of this reason.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }
  }

  private final Reason reason;
  private final int line;
  private final CellAddress cell;
  private final String text;
  private final String message;

  private Diagnostic(Reason reason, int line, CellAddress cell, String text, String message) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
    this.cell = cell;
    this.text = Objects.requireNonNull(text, "text");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a diagnostic.
   *
   * @param reason why
   * @param line the 1-based line of the input, 0 when the input has no lines to speak of
   * @param cell the cell it concerns, or {@code null}
   * @param text the input text concerned, possibly empty
   * @param message what the reader did, in English
   * @return the diagnostic
   */
  public static Diagnostic of(
      Reason reason, int line, CellAddress cell, String text, String message) {
    return new Diagnostic(reason, line, cell, text, message);
  }

  /**
   * Returns why the reader made the diagnostic.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns what the diagnostic reports: its reason's kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return reason.kind();
  }

  /**
   * Returns the 1-based line of the input.
   *
   * @return the line, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the cell the diagnostic concerns.
   *
   * @return the cell, if any
   */
  public Optional<CellAddress> cell() {
    return Optional.ofNullable(cell);
  }

  /**
   * Returns the input text concerned.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return text;
  }

  /**
   * Returns what the reader did.
   *
   * @return the message, in English
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d
        && d.reason == reason
        && d.line == line
        && Objects.equals(d.cell, cell)
        && d.text.equals(text)
        && d.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, line, cell, text, message);
  }

  /**
   * Returns {@code line N: KIND/REASON [cell] message: «text»}.
   *
   * @return the diagnostic on one line
   */
  @Override
  public String toString() {
    return "line "
        + line
        + ": "
        + reason.kind()
        + "/"
        + reason
        + (cell == null ? "" : " [" + cell.path() + "]")
        + " "
        + message
        + (text.isEmpty() ? "" : ": «" + text + "»");
  }
}
