package vn.gov.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredPapersTest {

    private final RequiredPapers papers = RequiredPapers.seed();

    @Test
    void should_list_the_papers_the_residence_law_asks_for_permanent_residence_in_its_order() {
        assertThat(papers.of("1.004222")).extracting(RequiredPapers.RequiredPaper::title)
                .containsExactly("Tờ khai thay đổi thông tin cư trú", "Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp");
        assertThat(papers.of("1.004222")).allSatisfy(paper -> assertThat(paper.source()).startsWith("Luật Cư trú 2020"));
    }

    @Test
    void should_name_only_catalogued_procedures_and_cite_a_source_for_every_paper() {
        Catalogue catalogue = Catalogue.seed();
        for (String code : new String[] {"1.004222", "1.004194", "1.001193", "1.000894", "1.000656", "2.000815", "3.000333"}) {
            assertThat(catalogue.procedure(code)).as(code).isPresent();
            assertThat(papers.of(code)).as(code).isNotEmpty().allSatisfy(paper -> assertThat(paper.source()).isNotBlank());
        }
        assertThat(papers.of("1.001456")).isEmpty();
    }
}
