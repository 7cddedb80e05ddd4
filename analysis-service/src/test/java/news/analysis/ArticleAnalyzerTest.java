package news.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.analysis.ArticleAnalyzer.Analysis;
import news.events.EntityMention;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromClasspath();

    @Test
    void englishArticleGetsThemesEntitiesAndTone() {
        Analysis a = ANALYZER.analyze("Japan and China agree to hold trade talks",
                "Foreign Minister Takeshi Iwaya said in Beijing that tariffs and export controls would be on the "
                        + "agenda of the trade talks.", "en");
        assertEquals(ArticleAnalyzer.ANALYSED, a.themesStatus());
        assertFalse(a.themes().isEmpty());
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Takeshi Iwaya")));
        assertNotNull(a.tone());
    }

    @Test
    void aCountryNamedBeforeAReportingVerbIsACountryNotAPerson() {
        Analysis a = ANALYZER.analyze("Talks resume", "United States said on Monday that talks with the Soviet Union "
                + "would resume, and Secretary of State George Shultz said he was hopeful.", "en");
        assertEquals(List.of("George Shultz"), a.entities().stream().map(EntityMention::name).toList());
        assertTrue(a.countries().stream().anyMatch(c -> c.code().equals("US")), "countries: " + a.countries());
    }

    @Test
    void aNameHoldingACountryIsNotAPersonButAPersonNamedLikeACountryStays() {
        Analysis a = ANALYZER.analyze(null, "China Daily said exports rose. Tehran Radio said talks would go on. "
                + "Chairman Michael Jordan told reporters the plant would stay open. Jordan said he was hopeful.", "en");
        List<EntityMention> people = a.entities().stream()
                .filter(e -> e.type().equals(EntityMention.PERSON)).toList();
        assertEquals(List.of("Michael Jordan"), people.stream().map(EntityMention::name).toList(), "people: " + people);
        assertEquals("Chairman", people.get(0).role());
    }

    @Test
    void aPersonsLastNameWrittenAloneIsThePersonNotTheCountryUnlessItIsAPlace() {
        Analysis a = ANALYZER.analyze("Jordan subpoenas officials", "Rep. Jim Jordan, the Ohio Republican who chairs "
                + "the House Judiciary Committee, subpoenaed three officials on Tuesday. Jordan said hearings would "
                + "follow.", "en");
        assertTrue(a.countries().isEmpty(), "countries: " + a.countries());

        Analysis visit = ANALYZER.analyze(null, "Rep. Jim Jordan flew to Jordan on Monday. Jordan said he would meet "
                + "officials in Amman.", "en");
        assertEquals(List.of("JO"), visit.countries().stream().map(c -> c.code()).toList());
        assertEquals(List.of("Jordan", "Amman"),
                visit.countries().get(0).evidence().stream().map(e -> e.text()).toList(),
                "the place, not the congressman who said something");
    }

    @Test
    void nonEnglishArticleGetsAnHonestMarkerInsteadOfEnglishThemes() {
        Analysis a = ANALYZER.analyze("Handelsgespräche zwischen Japan und China",
                "Die Zölle auf Stahl und die Exportkontrollen standen im Mittelpunkt der trade talks in Peking.", "de");
        assertTrue(a.themes().isEmpty(), "themes: " + a.themes());
        assertEquals("not analysed for themes in language de", a.themesStatus());
        assertTrue(a.entities().isEmpty());
        assertNull(a.tone());
    }

    @Test
    void countriesAreFoundAsTheArticlesLanguageNamesThem() {
        assertEquals(List.of("FR:France,Paris", "DE:Allemagne", "CN:Chine", "US:États-Unis"), countries(ANALYZER.analyze(
                "La France et l'Allemagne", "Le ministre a rencontré son homologue de Chine à Paris. Les États-Unis"
                        + " ont réagi.", "fr")));
        // Russian takes case endings ("Японии"); a word like a name with another ending is none at a sentence's
        // start ("Тогда", then, is not Togo, "Того")
        assertEquals(List.of("CN:Китай,Пекин,Китая", "JP:Япония,Японии,Японии"), countries(ANALYZER.analyze(
                "Китай и Япония",
                "Министр иностранных дел Японии посетил Пекин. Тогда отношения Китая и Японии улучшились.", "ru")));
        // with a longer name the other ending is read there too, as a title starts: "России" (of Russia)
        assertEquals(List.of("RU:России", "DE:Германии"), countries(ANALYZER.analyze("России грозят новые санкции",
                "Германии предложили посредничество.", "ru")));
        // written without spaces: the longest name first, and not the Indian Ocean, Maryland or Inner Mongolia
        assertEquals(List.of("CN:中国,北京", "JP:日本", "ID:印度尼西亚"), countries(ANALYZER.analyze("外长会谈",
                "中国和日本外长在北京举行会谈，印度尼西亚也派了代表。印度洋和马里兰州的代表。内蒙古的代表。", "zh")));
        // Korean: a name alone or before a particle, not inside a word ("인도적", humanitarian, is not India)
        assertEquals(List.of("KR:한국", "JP:일본", "CN:중국"), countries(ANALYZER.analyze("외교장관 회담",
                "한국은 일본과 외교장관 회담을 열었다. 중국은 인도적 지원을 했다. 한국어 교육. 결제 수단을 늘리고 오만을 버렸다.",
                "ko")));
        // 인도 is India, not a handover (extradition) nor a pavement; 苏丹 is Sudan, not Oman's or Brunei's sultan
        assertEquals(List.of("IN:인도"), countries(ANALYZER.analyze("외교", "인도 정부는 범죄인 인도 조약을 논의했다."
                + " 차량이 인도로 돌진했다.", "ko")));
        assertEquals(List.of("OM:阿曼", "SD:苏丹", "BN:文莱"), countries(ANALYZER.analyze("会谈",
                "阿曼苏丹国外交大臣访问苏丹。文莱苏丹出席。苏丹红事件。", "zh")));
        // the forms news writes where CLDR has another (アメリカ合衆国, Соединенные Штаты)
        assertEquals(List.of("US:米国,アメリカ", "GB:英国"), countries(ANALYZER.analyze("首脳会談",
                "米国の大統領と英国の首相が会談した。アメリカは交渉を続ける。", "ja")));
        assertEquals(List.of("US:США", "KP:КНДР"), countries(ANALYZER.analyze("Визит",
                "Президент США встретился с лидером КНДР.", "ru")));
        // the names the English gazetteer knows still count once, with its guards
        assertEquals(List.of("JP:Japan", "CN:China"), countries(ANALYZER.analyze("Handelsgespräche zwischen Japan und"
                + " China", "Die Gespräche fanden statt.", "de")));
        // as written, accents included, whichever apostrophe the text types
        assertEquals(List.of("CI:Côte d’Ivoire,Côte d'Ivoire"), countries(ANALYZER.analyze("Élections",
                "La Côte d’Ivoire vote dimanche. En Côte d'Ivoire, la campagne est finie.", "fr")));
    }

    @Test
    void capitalsAreFoundAsTheArticlesLanguageWritesThem() {
        // the capital for its government, as "Beijing said" in English; Washington is the English gazetteer's
        assertEquals(List.of("CN:Pékin", "US:Washington", "RU:Moscou"), countries(ANALYZER.analyze("Diplomatie",
                "Pékin a répondu vendredi aux critiques de Washington, tandis que Moscou gardait le silence.", "fr")));
        // with a case ending ("Пекине", in Beijing), and the Kremlin
        assertEquals(List.of("CN:Пекине", "RU:Кремль"), countries(ANALYZER.analyze("Переговоры",
                "Переговоры прошли в Пекине, сообщил Кремль.", "ru")));
        // unspaced: Beijing and Tokyo, but not "Beijing time" nor Washington State; Korean: Seoul and Tokyo
        assertEquals(List.of("CN:北京", "JP:东京"), countries(ANALYZER.analyze("会谈",
                "北京与东京的官员举行会谈。北京时间今天凌晨，华盛顿州的球队获胜。", "zh")));
        assertEquals(List.of("KR:서울", "JP:도쿄"), countries(ANALYZER.analyze("회담",
                "서울에서 열린 회담에서 도쿄는 입장을 밝혔다.", "ko")));
        // Polish and Turkish take endings ("w Pekinie", "Moskova'da"); Arabic is written without capitals
        assertEquals(List.of("CN:Pekinie", "RU:Moskwą"), countries(ANALYZER.analyze("Rozmowy",
                "Rozmowy w Pekinie zakończyły się porozumieniem z Moskwą.", "pl")));
        assertEquals(List.of("RU:Moskova'da"), countries(ANALYZER.analyze("Görüşme", "Görüşme Moskova'da yapıldı.", "tr")));
        assertEquals(List.of("CN:بكين", "US:واشنطن"), countries(ANALYZER.analyze("محادثات",
                "قالت بكين إن المحادثات مع واشنطن كانت مثمرة.", "ar")));
        // the English gazetteer's words count only as written: "Pôle" (a hub) is not "Pole" (a Polish man), while
        // "Séoul" is the French form of Seoul
        assertEquals(List.of("KR:Séoul"), countries(ANALYZER.analyze("Emploi",
                "Le Pôle emploi a ouvert une agence. Le ministre était à Séoul.", "fr")));
        // a capital that is also a common word is left out: "Roman" (a novel) is not Rome with an ending
        assertEquals(List.of(), countries(ANALYZER.analyze("Bücher", "Der neue Roman erscheint im Herbst.", "de")));
    }

    @Test
    void demonymsAreFoundAsTheArticlesLanguageWritesThem() {
        assertEquals(List.of("CN:chinois", "US:américaines"), countries(ANALYZER.analyze("Diplomatie",
                "Le gouvernement chinois a répondu aux critiques américaines.", "fr")));
        // in small letters, or capitalised where a sentence starts; capitalised inside one it is a name (a surname)
        assertEquals(List.of("RU:russo"), countries(ANALYZER.analyze("Incontro",
                "Il ministro Carlo Russo ha incontrato l'ambasciatore russo.", "it")));
        // Russian adjectives by their stem, with any ending and in either case ("Российской Федерации")
        assertEquals(List.of("RU:российские,Российской", "CN:Китайская"), countries(ANALYZER.analyze("Переговоры",
                "Китайская сторона заявила, что российские военные прибыли. Президент Российской Федерации"
                        + " выступил.", "ru")));
        assertEquals(List.of("CN:chinesische", "JP:Japaner"), countries(ANALYZER.analyze("Gespräche",
                "Die chinesische Regierung empfing die Japaner am Montag.", "de")));
        // German takes endings: a demonym noun that begins a first name is left out ("Brite" would be in "Britney")
        assertEquals(List.of(), countries(ANALYZER.analyze("Konzert", "Britney Spears und Russell Crowe kamen.", "de")));
        // the country whose language it is, by the forms that are not the language's name ("en français")
        assertEquals(List.of("FR:françaises"), countries(ANALYZER.analyze("Communiqué",
                "Les autorités françaises ont publié le texte en français.", "fr")));
        assertEquals(List.of("IT:italiani"), countries(ANALYZER.analyze("Sondaggio",
                "Gli italiani parlano italiano.", "it")));
        assertEquals(List.of("ES:españoles"), countries(ANALYZER.analyze("Encuesta",
                "Los españoles hablan español.", "es")));
        // beyond the great powers: West Africa in French, South America in Spanish, Asia in Italian and Portuguese
        assertEquals(List.of("CI:ivoiriennes", "SN:sénégalais", "ML:maliens"), countries(ANALYZER.analyze("Sahel",
                "Les autorités ivoiriennes et le président sénégalais ont reçu les ministres maliens.", "fr")));
        assertEquals(List.of("UY:uruguayo", "PE:peruanos"), countries(ANALYZER.analyze("Cumbre",
                "El canciller uruguayo se reunió con empresarios peruanos.", "es")));
        assertEquals(List.of("IN:indiano", "PH:filippine"), countries(ANALYZER.analyze("Vertice",
                "Il premier indiano ha incontrato le autorità filippine.", "it")));
        assertEquals(List.of("IN:indiano", "KE:quenianos"), countries(ANALYZER.analyze("Cúpula",
                "O governo indiano recebeu atletas quenianos.", "pt")));
        // "the Chinese side" said, not the 中方 of 其中方案 (one of the plans)
        assertEquals(List.of("CN:中方"), countries(ANALYZER.analyze("表态",
                "中方表示愿意合作，其中方案已经提交。集中方式和过程中方法不变。", "zh")));
    }

    @Test
    void aCompoundOfCountriesNamesEachOfThem() {
        // "China-US trade talks", not Central America
        assertEquals(List.of("CN:中美", "US:中美"), countries(ANALYZER.analyze("中美贸易谈判", "中美洲的代表也出席了。", "zh")));
        assertEquals(List.of("US:米中", "CN:米中"), countries(ANALYZER.analyze("米中対立", "米中西部の農家。", "ja")));
        assertEquals(List.of("KR:한미일", "US:한미일", "JP:한미일"), countries(ANALYZER.analyze("한미일 정상회담",
                "한미약품 주가가 올랐다.", "ko")));
        // the one-character forms before an office or a visit: the US president, Russian forces, a visit to China
        assertEquals(List.of("US:米大統領", "RU:露軍", "CN:訪中"), countries(ANALYZER.analyze("会談",
                "米大統領は露軍の動きを批判した。首相は訪中する。", "ja")));
    }

    /** @return each country as "code:evidence,evidence", most mentioned first */
    private static List<String> countries(Analysis a) {
        return a.countries().stream().map(c -> c.code() + ":" + String.join(",",
                c.evidence().stream().map(e -> e.text()).toList())).toList();
    }

    @Test
    void aTextWithoutALanguageHasItDetected() {
        Analysis english = ANALYZER.analyze(null, "Tariffs on steel imports rise again as the trade war widens.", null);
        assertEquals(ArticleAnalyzer.ANALYSED, english.themesStatus());
        assertEquals("trade", english.themes().get(0).theme());
        // foreign text posted without its language gets no English keyword matches: only its countries
        Analysis german = ANALYZER.analyze("Handelsgespräche zwischen Japan und China", "Die Zölle auf Stahl und die "
                + "Exportkontrollen standen im Mittelpunkt der Gespräche in Peking. Beide Regierungen wollen die "
                + "Verhandlungen im Frühjahr fortsetzen, sagten Diplomaten am Montag.", null);
        assertEquals("not analysed for themes in language de (detected; none was given)", german.themesStatus());
        assertTrue(german.themes().isEmpty(), "themes: " + german.themes());
        assertTrue(german.countries().stream().anyMatch(c -> c.code().equals("JP")), "countries: " + german.countries());
        Analysis bulgarian = ANALYZER.analyze(null, "От вчера в страната се извършват проверки за манипулирани горива,"
                + " съобщи във Варна премиерът, който заедно с министъра на транспорта откри новата сграда на центъра.",
                null);
        assertEquals("not analysed for themes in language bg (detected; none was given)", bulgarian.themesStatus());
        // too short for the detector to tell: analysed as English
        assertEquals(ArticleAnalyzer.ANALYSED, ANALYZER.analyze(null, "Steel tariffs", null).themesStatus());
    }
}
