package io.github.nianbao.serialization.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nianbao.core.ReportSection;
import org.junit.jupiter.api.Test;

/** Section headings as reports print them, beside the official titles. */
class SectionHeadingTest {

  @Test
  void aTitleMayStartWithItsSubject() {
    // 上海市人民政府办公厅 2019 and 上海市 2020 (the readers' corpus, gh-01 and gh-02)
    assertEquals(ReportSection.PROBLEMS_AND_IMPROVEMENTS, Layout.heading("五、政府信息公开工作存在的主要问题及改进情况"));
    assertEquals(ReportSection.PROBLEMS_AND_IMPROVEMENTS, Layout.heading("五、政府信息公开存在的主要问题及改进情况"));
    assertEquals(ReportSection.OTHER_MATTERS, Layout.heading("六、政府信息公开工作其他需要报告的事项"));
    assertEquals(ReportSection.OVERVIEW, Layout.heading("一、总体情况"));
  }

  @Test
  void theSubjectAloneOrWithoutANumberingIsNoHeading() {
    assertNull(Layout.heading("政府信息公开工作存在的主要问题及改进情况"));
    assertNull(Layout.heading("五、政府信息公开工作"));
    // the subject does not make another section's numbering fit
    assertNull(Layout.heading("四、政府信息公开工作存在的主要问题及改进情况"));
  }
}
