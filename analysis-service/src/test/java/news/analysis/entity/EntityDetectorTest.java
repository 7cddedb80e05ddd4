package news.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.analysis.theme.SeedTexts;
import news.events.EntityMention;
import news.events.Evidence;
import org.junit.jupiter.api.Test;

class EntityDetectorTest {

    private static final EntityDetector DETECTOR = EntityDetector.fromClasspath();
    private static final CountryDetector COUNTRIES = CountryDetector.fromClasspath();

    /** The people and organisations of a body whose countries are known, as the analyser finds them. */
    private static List<EntityMention> detectWithCountries(String body) {
        return DETECTOR.detect(null, body, COUNTRIES.locate(null, body));
    }

    private static Map<String, EntityMention> people(List<EntityMention> found) {
        return found.stream().filter(e -> e.type().equals(EntityMention.PERSON))
                .collect(Collectors.toMap(EntityMention::name, e -> e));
    }

    private static EntityMention named(List<EntityMention> found, String name) {
        return found.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** @return the organisations' names, in the detector's order */
    private static List<String> organisations(List<EntityMention> found) {
        return found.stream().filter(e -> e.type().equals(EntityMention.ORGANIZATION)).map(EntityMention::name).toList();
    }

    private static void assertOffsets(List<EntityMention> found, String title, String body) {
        for (EntityMention m : found) {
            for (Evidence e : m.evidence()) {
                String field = e.field().equals("title") ? title : body;
                assertEquals(e.text(), field.substring(e.start(), e.end()), "offsets of " + e);
            }
        }
    }

    @Test
    void seed000PeopleWithRolesAndOrganisations() throws Exception {
        String body = SeedTexts.seed("000_749f0bb3dcd254b9.txt");
        List<EntityMention> found = DETECTOR.detect(null, body);
        Map<String, EntityMention> people = people(found);
        assertTrue(people.keySet().containsAll(List.of("Takeshi Iwaya", "Wang Yi", "Li Qiang", "Shigeru Ishiba",
                "Xi Jinping")), "people: " + people.keySet());
        assertEquals("Foreign Minister", people.get("Takeshi Iwaya").role());
        assertEquals("Premier", people.get("Li Qiang").role());
        assertEquals(2, people.get("Li Qiang").mentions());
        assertEquals(2, people.get("Wang Yi").mentions(), "'Wang Yi is set to visit Japan' names him again");
        List<String> orgs = organisations(found);
        assertTrue(orgs.containsAll(List.of("Xinhua News Agency", "Nikkei", "Foreign Ministry")), "orgs: " + orgs);
        assertOffsets(found, null, body);
    }

    @Test
    void anEmbeddedPostsSignatureWithAHandleSpellingTheNameIsAPerson() {
        String body = "The campaign was mocked online within hours.\n\nYes this is real and yes the state paid for it."
                + "\n\n— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019\n\nOthers were kinder.\n\n"
                + "Bring back the old slogan. — Cooper Lund (@cooperlund) November 18, 2019\n\n"
                + "The numbers told another story. — PFF CLE Browns (@PFF_Browns) November 15, 2019\n\n"
                + "Preliminary tests by Harbour Foundry show the port drops frames.\n\n"
                + "— Harbour Foundry (@harbourfoundry) November 18, 2019";
        List<EntityMention> found = DETECTOR.detect(null, body);
        Map<String, EntityMention> people = people(found);
        assertTrue(people.keySet().containsAll(List.of("Dianna E. Anderson", "Cooper Lund")), "people: " + people);
        assertFalse(people.containsKey("PFF CLE Browns"), "an account in capitals: " + people);
        assertFalse(people.containsKey("Harbour Foundry"), "a group the article names as tests' author: " + people);
        assertOffsets(found, null, body);
    }

    @Test
    void theNamesOfAWireStorysCreditArePeople() {
        String body = "The probe will fly to Titan in 2034, the agency said.\n\n(Reporting by Will Dunham and Idrees "
                + "Ali; Writing by Jonathan Saul; editing by Emelia Sithole-Matarise)";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertTrue(people.keySet().containsAll(List.of("Will Dunham", "Jonathan Saul", "Emelia Sithole-Matarise")),
                "people: " + people.keySet());
    }

    @Test
    void wordsJoinedByAnAmpersandAfterARolesWordAreNoPerson() {
        String body = "Page 34 (Hard Copy page 1893) - General Terms & Conditions Page\nPage 35 - Credit Application\n\n"
                + "General Manager Ruth Olsen signed the catalogue.";
        assertEquals(Set.of("Ruth Olsen"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aCompanyNamedWithAndWithoutItsLegalFormIsOneOrganisation() {
        String body = "SoftBank Group Corp said on Monday it would buy the stake. SoftBank has lost money on WeWork. "
                + "Liberty Mutual Insurance sells policies that Liberty Mutual Group reinsures, and Boeing Co said "
                + "Boeing would deliver the jets.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(2, named(found, "SoftBank Group Corp").mentions());
        assertEquals(2, named(found, "Boeing Co").mentions());
        // other words than a company's form make another name
        assertEquals(Set.of("SoftBank Group Corp", "WeWork", "Liberty Mutual Insurance", "Liberty Mutual Group",
                "Boeing Co"), Set.copyOf(organisations(found)));
    }

    @Test
    void aFootnotesNumberIsNoPartOfANameAndAModelsNameIsNoPerson() {
        String body = "Jennifer Huberty1, PhD; Jeni Green1, MS; Christine Glissmann2, MS; Linda Larkey3, PhD; Megan "
                + "Puzia4, MS; Chong Lee1, PhD\n\n1College of Health Solutions, Arizona State University\n\nTo start "
                + "using Editor V4 Alpha, update the plugin.";
        assertEquals(Set.of("Christine Glissmann", "Linda Larkey", "Chong Lee"),
                people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aPrepositionPronounOrNewStartsNoName() {
        String body = "Best Office Chair For Lower Back Pain: X-Chair X4 Leather Executive Chair With Headrest\n\n"
                + "New Jersey Bell said rates would rise. Sales will grow, according to Chairman An Wang.";
        assertEquals(Set.of("An Wang"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aNameAtASentenceStartCountsOnlyForAPersonNamedElsewhere() {
        String body = "Finance Minister Anna Berg presented the budget on Monday. Anna Berg wants taxes to stay "
                + "where they are. Green Party members walked out.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(2, people(found).get("Anna Berg").mentions());
        assertFalse(people(found).containsKey("Green Party"), "people: " + people(found).keySet());
        assertOffsets(found, null, body);
        assertTrue(people(DETECTOR.detect(null, "Silver Lining is set to open in Japan next year.")).isEmpty(),
                "capitalised words alone, with nothing to say they are a person, are not one");
    }

    @Test
    void namesListedAfterAKindOfOrganisationAreOrganisations() {
        String body = "The agency has won clients including Ford, Macy's and Fernhill Outfitters. Insurers like "
                + "Centene, Brightwater Health, and A.B. Quarry cut prices. Centene said more would follow.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(organisations(found).containsAll(List.of("Ford", "Macy's", "Fernhill Outfitters", "Centene",
                "Brightwater Health", "A.B. Quarry")), "organisations: " + organisations(found));
        assertEquals(2, named(found, "Centene").mentions(), "'Centene said' names it again");
        assertOffsets(found, null, body);
        List<EntityMention> lenders = DETECTOR.detect(null, "Lenders such as Mary Smith and Acme Credit cut rates.");
        assertEquals(List.of("Acme Credit"), organisations(lenders), "not a person listed with one: " + lenders);
        for (String notListed : List.of("Partners including Japan and Canada signed the pact.",
                "Brands like Rent the Runway grew.", "Platforms like Steam and Origin sell games.")) {
            List<String> organisations = organisations(DETECTOR.detect(null, notListed));
            assertTrue(organisations.stream().noneMatch(o -> o.equals("Japan") || o.equals("Canada")
                    || o.equals("Rent") || o.equals("Steam") || o.equals("Origin")), notListed + " -> " + organisations);
        }
    }

    @Test
    void aWorkplaceWrittenBeforeAJobAndANameIsAnOrganisation() {
        String body = "Oil fell, Brightwell Capital analyst Carsten Fritsch said. “The buck may continue to lose,” "
                + "said Juan Perez of Tempus Inc. Russia failed to cut, Quarrendon analyst Mary Holt said, and Acting "
                + "Harbourside chairman Charles Cox agreed.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(organisations(found).containsAll(List.of("Brightwell Capital", "Quarrendon", "Harbourside")),
                "organisations: " + organisations(found));
        assertTrue(people(found).keySet().containsAll(List.of("Carsten Fritsch", "Mary Holt", "Charles Cox")),
                "people: " + people(found).keySet());
        assertOffsets(found, null, body);
        for (String notAWorkplace : List.of(
                "The Budget director James Miller spoke.", // an office
                "Our Midlands correspondent Carla Babb asked.", // a beat
                "It paid its Graphite partner Bria in shares.", // one word after the job: no person's name
                "Sales executive Peter Findlay told reporters.", // a sentence's first word, written once
                "Shares rose, Chief executive David Walker said.")) {
            List<String> organisations = organisations(DETECTOR.detect(null, notAWorkplace));
            assertTrue(organisations.isEmpty(), notAWorkplace + " -> " + organisations);
        }
        List<EntityMention> at = DETECTOR.detect(null, "Omar Lamrani, a senior analyst at Quillfor, the Texas-based "
                + "firm, said so. Phil Pace, analyst at Kidder, Peabody and Co, agreed.");
        assertTrue(organisations(at).contains("Quillfor"), "a workplace after 'at', named once: " + organisations(at));
        assertFalse(organisations(at).contains("Kidder"), "not a firm's first name: " + organisations(at));
    }

    @Test
    void aNameListedWithPeopleIsAPerson() {
        String body = "Eric Robinson and Boone Jenner also scored for Columbus. Guests such as Katie Couric, George "
                + "Stephanopoulos, and Chelsea Handler were asked about him.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(people(found).keySet().containsAll(List.of("Eric Robinson", "Boone Jenner", "Katie Couric",
                "George Stephanopoulos", "Chelsea Handler")), "people: " + people(found).keySet());
        assertOffsets(found, null, body);
        for (String notListed : List.of(
                "Mike Glass ran for a touchdown for Eastern Michigan and Arthur Jackson caught two passes.",
                "Jane Doe, Silver Lining and Goldman Sachs signed the deal.",
                "Boone Jenner also scored for Columbus.")) {
            Set<String> people = people(DETECTOR.detect(null, notListed)).keySet();
            assertFalse(people.contains("Eastern Michigan") || people.contains("Silver Lining")
                    || people.contains("Boone Jenner"), notListed + " -> " + people);
        }
    }

    @Test
    void aNameThatStartsWithAGivenOrFamilyNameIsAPerson() {
        String body = "Elon Musk met Jeff Bezos in Austin. Republican Phil Bryant won in a landslide, and Indiana "
                + "House Speaker Brian Bosma spoke before lawmakers. Kim Hana, Wang Yi and Kim Jong-un sent greetings.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Elon Musk", "Jeff Bezos", "Phil Bryant", "Brian Bosma", "Kim Hana", "Wang Yi",
                "Kim Jong-un"), people(found).keySet());
        assertOffsets(found, null, body);
    }

    @Test
    void anAgeBeforeANameMakesItAPersonsButNotAPlacesSaidOfAPerson() {
        String body = "He met 17-year-old Virginia Giuffre, who was a victim. The 26-year-old Tre Harbison said he was "
                + "ready. A 5-year-old Fort Worth girl was found, and a 12-year-old Honda Civic was stolen.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Virginia Giuffre", "Tre Harbison"), people(found).keySet());
        assertOffsets(found, null, body);
    }

    @Test
    void aNameBeforeAHyphenatedAdjectiveEndsAtTheHyphen() {
        String body = "Investors left the Elon Musk-owned platform, and a Taylor Swift-themed class sold out. "
                + "Carl C. Icahn-controlled funds sold, as Moon Jae-in and Ahmed El-sayed wrote.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Elon Musk", "Taylor Swift", "Carl C. Icahn", "Moon Jae-in", "Ahmed El-sayed"),
                people(found).keySet());
        assertOffsets(found, null, body);
    }

    @Test
    void countriesJoinedByAndAreNoOrganisation() {
        String body = "The United States and Soviet Union agreed to resume talks, and the Bank of England and Bank of "
                + "France cut rates.";
        List<EntityMention> found = detectWithCountries(body);
        assertEquals(List.of("Bank of England", "Bank of France"), found.stream().map(EntityMention::name).toList());
    }

    @Test
    void anOrganisationsNameGoesOnWithOfTheForTheAndTo() {
        String body = "The Organisation for the Prohibition of Chemical Weapons said on Monday. The Office of the "
                + "Comptroller of the Currency and the Committee to Protect Journalists spoke, and the Bond Market "
                + "Committee of the Securities Exchange Council met. Trafalgar House Ltd of the U.K. rose.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Organisation for the Prohibition of Chemical Weapons",
                "Office of the Comptroller of the Currency", "Committee to Protect Journalists", "Bond Market Committee",
                "Securities Exchange Council", "Trafalgar House Ltd"),
                found.stream().map(EntityMention::name).toList());
        assertOffsets(found, null, body);
    }

    @Test
    void namesWithParticlesAreWhole() {
        String body = "Egyptian President Abdel Fattah el-Sisi met Crown Prince Mohammed bin Salman and Ursula von der "
                + "Leyen. Bashar al-Assad fled. Javier Perez de Cuellar said. Emir Tamim bin Hamad Al Thani spoke, and "
                + "Jose Mourinho replaced Mauricio Pochettino as Tottenham's manager.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals(Set.of("Abdel Fattah el-Sisi", "Mohammed bin Salman", "Ursula von der Leyen", "Bashar al-Assad",
                "Javier Perez de Cuellar", "Tamim bin Hamad Al Thani", "Jose Mourinho", "Mauricio Pochettino"),
                people.keySet());
        assertEquals("President", people.get("Abdel Fattah el-Sisi").role());
        assertEquals("Crown Prince", people.get("Mohammed bin Salman").role());
    }

    @Test
    void anOrganisationBeforeARoleIsNamedButARankIsNot() {
        String body = "NATO Secretary General Mark Rutte met Apple CEO Tim Cook. Deputy Assistant Treasury Secretary "
                + "Anna Berg and U.S. Treasury Secretary James Baker spoke.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("NATO", "Apple", "U.S. Treasury"), organisations(found));
        assertEquals("Secretary General", people(found).get("Mark Rutte").role());
        assertEquals("Treasury Secretary", people(found).get("James Baker").role());
    }

    @Test
    void aGivenNameThatIsAlsoAWordNamesAPersonTheArticleQuotesBySurname() {
        String body = "Christian Lindner resigned on Tuesday. Lindner said the coalition had failed. Grace Meng voted "
                + "no, Ms Meng said. The Christian Democrats won, Democrats said. Grace Church opened.";
        assertEquals(Set.of("Christian Lindner", "Grace Meng"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void newspapersNamedTogetherAreTwoAndAProfessionNamesThePersonAfterIt() {
        String body = "The Baltimore Sun and Hartford Courant were sold. Life may have evolved there, said planetary "
                + "geologist Rosaly Lopes. The bonds were placed by lead manager First Boston Corp.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Baltimore Sun", "Hartford Courant", "First Boston Corp"), organisations(found));
        assertEquals(Set.of("Rosaly Lopes"), people(found).keySet());
        assertEquals("geologist", people(found).get("Rosaly Lopes").role());
        assertOffsets(found, null, body);
    }

    @Test
    void capitalisedWordsAroundAGivenNameThatNameNoOneStayOutOfIt() {
        String body = "Tutoring is led by the National Student Support Accelerator. Like I said, Your Buck goes far. "
                + "Michael Shalayeff Subject: patches for the kernel.";
        assertEquals(Set.of("Michael Shalayeff"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aHeadingOfCapitalisedWordsNamesNoOrganisationUnlessItNamesAnInstitution() {
        String body = "Insurers raised their prices again this year, the regulator said.\n\n"
                + "Tips for Buying Homeowners Insurance\n\nCompare quotes from several insurers.\n\n"
                + "Columbia Business School\n\nIts survey found the same.\n\n"
                + "Additional Resources\n\n— The Nigerian Senate (@NGRSenate) October 9, 2018";
        assertEquals(List.of("Columbia Business School", "Nigerian Senate"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void aHeadingWithAnInstitutionsWordAfterCommonWordsNamesNoOrganisation() {
        String body = "We planned a small dinner party with hand-drawn place cards.\n\nHand-Drawn Dinner Party\n\n"
                + "The cards took an hour to make.\n\n2. Microsoft Corporation\n\nHeadquarters: Redmond, Washington\n"
                + "Website: https://www.microsoft.com/\n\nIt makes software and game consoles.";
        assertEquals(List.of("Microsoft Corporation"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void theLabelsOfAListsHeadingsAreNoPartOfAName() {
        String body = "Pros About Travel Guard\nPlans available in all states\n\nCons About Travel Guard\nSome plans"
                + " don't offer flight cover.\n\nHow Much Is Travel Insurance?\n\nAbout Georgetown University Medical Center"
                + "\n\nIts doctors train here.";
        List<String> found = organisations(DETECTOR.detect(null, body));
        assertTrue(found.contains("Georgetown University Medical Center"), found.toString());
        assertTrue(found.stream().noneMatch(o -> o.startsWith("Cons") || o.startsWith("Pros") || o.startsWith("About")
                || o.contains("Is ")), found.toString());
    }

    @Test
    void labsAndMoversAreFirms() {
        String body = "Ava Labs said the network would upgrade, and Jay Valley Movers moved the servers.";
        assertEquals(List.of("Ava Labs", "Jay Valley Movers"), organisations(DETECTOR.detect(null, body)));
        assertTrue(people(DETECTOR.detect(null, body)).isEmpty());
    }

    @Test
    void aFirmNamedShortByTheWordsAroundItIsTheFirmTheArticleNamesInFull() {
        String body = "Quarrendon Motors Corp cut prices. Quarrendon chairman Lee Holt said sales fell, and a Quarrendon "
                + "spokesman agreed.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Quarrendon Motors Corp"), organisations(found));
        assertEquals(3, named(found, "Quarrendon Motors Corp").mentions());
        assertOffsets(found, null, body);
    }

    @Test
    void aLaboratoryAndABodyNamedForWhatItWorksOnAreOrganisations() {
        String body = "Scientists at the Harrow Propulsion Laboratory said the probe was sound. Funding came from the "
                + "National Institute on Sleep Research and the Select Committee on Coastal Affairs this year. "
                + "Kestrel Corp on Feb 1 raised prices.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(organisations(found).containsAll(List.of("Harrow Propulsion Laboratory",
                "National Institute on Sleep Research", "Select Committee on Coastal Affairs")),
                "organisations: " + organisations(found));
        assertTrue(people(found).isEmpty(), "people: " + people(found).keySet());
        assertTrue(organisations(found).stream().noneMatch(o -> o.contains(" on Feb")),
                "a company's name ends before 'on' and a date: " + organisations(found));
    }

    @Test
    void aFirmNamedWithAndCoIsOneFirm() {
        String body = "Merrill Lynch and Co Inc said so, and Kurt A. Becher GmbH and Co KG agreed. Goldman Sachs and "
                + "Morgan Stanley advised.";
        assertEquals(List.of("Merrill Lynch and Co Inc", "Kurt A. Becher GmbH and Co KG", "Goldman Sachs",
                "Morgan Stanley"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void anAbbreviationAndAnOrganisationAfterItAreTwo() {
        String body = "Nomura named SBI and Quarrendon Savings Bank as beneficiaries, while EG and G Services and CB and "
                + "T Bancshares Inc were not.";
        List<String> organisations = organisations(DETECTOR.detect(null, body));
        assertTrue(organisations.contains("Quarrendon Savings Bank"), "organisations: " + organisations);
        assertTrue(organisations.stream().noneMatch(o -> o.startsWith("SBI and")), "organisations: " + organisations);
        assertTrue(organisations.containsAll(List.of("EG and G Services", "CB and T Bancshares Inc")),
                "a firm named by its initials is one: " + organisations);
    }

    @Test
    void aRoleInSmallLettersBeforeAnUnknownNameMakesItAPerson() {
        String body = "Hamas leader Yahya Sinwar was killed, and presidential spokesman Marlin Fitzwater said so. The "
                + "president William C. Smith resigned; sugar producer Beghin-Say agreed.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals(Set.of("Yahya Sinwar", "Marlin Fitzwater", "William C. Smith"), people.keySet());
        assertEquals("leader", people.get("Yahya Sinwar").role());
    }

    @Test
    void aRoleAfterTheNamesCommaMayBeQualified() {
        String body = "Takeshi Iwaya, Japan's foreign minister, said the talks went well. Wang Yi, China's top diplomat, "
                + "agreed. Li Qiang, the Chinese premier, hosted them. Michel Camdessus, the IMF's Managing Director, "
                + "spoke. Jake Sullivan, President Biden's national security adviser, said nothing.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals("foreign minister", people.get("Takeshi Iwaya").role());
        assertEquals("top diplomat", people.get("Wang Yi").role());
        assertEquals("premier", people.get("Li Qiang").role());
        assertEquals("Managing Director", people.get("Michel Camdessus").role());
        assertNull(people.get("Jake Sullivan").role(), "the President is Biden");
    }

    @Test
    void aHeadWordBeforeOfOrForMakesAnOrganisation() {
        String body = "Researchers at the Massachusetts Institute of Technology agreed, and the Chicago Board of Trade "
                + "and the Federal Reserve Bank of New York said so.";
        assertEquals(List.of("Massachusetts Institute of Technology", "Chicago Board of Trade",
                "Federal Reserve Bank of New York"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void aNameEndsBeforeJuniorWhenItsShortFormsAreCounted() {
        String body = "Donald Trump Jr. posted. Robert F. Kennedy Jr. said vaccines would be reviewed. Kennedy said "
                + "later.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals(1, people.get("Donald Trump Jr").mentions(), "the other Jr is Kennedy's");
        assertEquals(2, people.get("Robert F. Kennedy Jr").mentions());
    }

    @Test
    void particlesStayInABanksNameAndNoTailOfAPersonsIsAName() {
        String body = "Societe Generale de Banque said it would lend. Barclays de Zoete Wedd Ltd arranged the loan. "
                + "Banque Francaise du Commerce Exterieur (BFCE) is issuing a bond. Former President Luiz Inacio Lula "
                + "da Silva spoke.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Luiz Inacio Lula"), people(found).keySet(),
                "a name of three words at most, never \"da Silva\"");
        // "Societe" and "Banque" start organisations' names, particles and all; "Barclays ... Ltd" ends in a head word
        assertEquals(List.of("Societe Generale de Banque", "Barclays de Zoete Wedd Ltd",
                "Banque Francaise du Commerce Exterieur"), organisations(found));
    }

    @Test
    void aRoleInSmallLettersBeforeANameIsItsRole() {
        String body = "Japan's foreign minister Takeshi Iwaya met chief executive Hans Jucker, spokesman Fernand "
                + "Leclerc said. It was a farmer.\nJohn Smith said so.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals("foreign minister", people.get("Takeshi Iwaya").role());
        assertEquals("chief executive", people.get("Hans Jucker").role());
        assertEquals("spokesman", people.get("Fernand Leclerc").role());
        assertEquals(null, people.get("John Smith").role(), "a role on the line before is another sentence's");

        Map<String, EntityMention> more = people(DETECTOR.detect(null, "Kurt Volker, the special envoy to Kyiv, "
                + "spoke with Speaker Nancy Pelosi. Lawmakers grilled Lt Col Alexander Vindman."));
        assertEquals("special envoy", more.get("Kurt Volker").role(), "a role after the name's comma");
        assertEquals("Speaker", more.get("Nancy Pelosi").role());
        assertEquals("Lt Col", more.get("Alexander Vindman").role(), "one role after another: " + more.keySet());
    }

    @Test
    void placesTeamsAndFirmsNamedAfterPeopleAreNoPeople() {
        String body = "They met at Grant Park near Lee County before the Nobel Prize ceremony. The San Antonio Spurs, "
                + "the St Louis Blues, Dick Clark Productions: all sent flowers to Milan Fashion Week. The show moves "
                + "to the Sean Kelly Gallery, then to the Carmen Course; its painter won the Edward MacDowell Medal. "
                + "Photos by Justin Reznick Photography, network by Nozomi Networks. Insurers such as Oscar Health "
                + "use Claude Code.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(people(found).isEmpty(), "people: " + people(found).keySet());
        assertTrue(organisations(found).containsAll(List.of("Dick Clark Productions", "Nozomi Networks")),
                "orgs: " + organisations(found));
    }

    @Test
    void aHeadingNameEndsAtTheLineBreak() {
        String body = "Profile: Julian Assange\nTimeline of saga\nProsecutors dropped the case.";
        assertEquals(Set.of("Julian Assange"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aTitleInTitleCaseNamesOnlyWhomTheBodyNames() {
        String title = "Pope Meets Castro and Agrees to Visit Cuba";
        String body = "Pope John Paul II met Cuban President Fidel Castro in Havana on Tuesday.";
        List<EntityMention> found = DETECTOR.detect(title, body);
        Map<String, EntityMention> people = people(found);
        assertFalse(people.containsKey("Meets Castro"), "people: " + people.keySet());
        assertEquals("title", people.get("Fidel Castro").evidence().get(0).field(), "Castro in the title counts");
        assertOffsets(found, title, body);

        assertTrue(DETECTOR.detect("President Plans Energy Savings In a Moderate Step", "").isEmpty());
        List<EntityMention> capitals = DETECTOR.detect("GTI CORP <GTI> 4TH QTR NET", "GTI Corp said its net rose.");
        assertEquals(2, capitals.stream().filter(m -> m.name().equals("GTI Corp")).findFirst().orElseThrow()
                .mentions(), "the body's organisation, named again in the capitals of the title: " + capitals);

        List<EntityMention> contract = DETECTOR.detect("TRACOR <TRR> GETS NAVY CONTRACT",
                "Tracor Inc said it received an 8.4 mln dlrs contract from the U.S. Navy.");
        EntityMention tracor = contract.stream().filter(m -> m.name().equals("Tracor Inc")).findFirst().orElseThrow();
        assertEquals("title", tracor.evidence().get(0).field(), "the company, named in the title without 'Inc'");
        assertEquals(2, tracor.mentions());

        List<EntityMention> rating = DETECTOR.detect("NAVISTAR <NAV> DEBT UPGRADED BY S/P",
                "Standard and Poor's Corp said it upgraded the debt of Navistar International Corp.");
        assertEquals(2, rating.stream().filter(m -> m.name().equals("Navistar International Corp")).findFirst()
                .orElseThrow().mentions(), "before its ticker, the first word of the company's name: " + rating);
        List<EntityMention> two = DETECTOR.detect("GREAT <GRT> SEES GAIN",
                "Great Lakes Chemical Corp and Great Western Financial Corp said so.");
        assertTrue(two.stream().allMatch(m -> m.mentions() == 1), "two companies begin so: neither is named " + two);
        List<EntityMention> output = DETECTOR.detect("NIPPON LIGHT METAL CONTINUES OUTPUT CUT",
                "Nippon Light Metal Co Ltd said it would keep its aluminium output cut.");
        assertEquals(2, output.get(0).mentions(), "two words or more without a ticker: " + output);
        String sugarTitle = "INDIAN SUGAR OUTPUT RISES";
        String sugarBody = "India's sugar output rose, the Indian Sugar Mills Association said.";
        List<EntityMention> sugar = DETECTOR.detect(sugarTitle, sugarBody,
                COUNTRIES.locate(sugarTitle, sugarBody));
        assertEquals(1, sugar.get(0).mentions(), "not from a country's name or demonym: " + sugar);
    }

    @Test
    void seed004SaysLiKeqiangAndShortFormsAreOnePerson() throws Exception {
        String body = SeedTexts.seed004Body();
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertTrue(people.keySet().containsAll(List.of("Takeshi Iwaya", "Wang Yi", "Li Keqiang", "Shigeru Ishiba")),
                "people: " + people.keySet());
        assertTrue(people.get("Takeshi Iwaya").mentions() >= 3, "'Minister Iwaya' counts for Takeshi Iwaya");
        assertFalse(people.containsKey("Iwaya"));
    }

    @Test
    void wireCopyCompaniesBanksAndGroupsAreNotPeople() {
        String body = "General Motors Corp said sales fell. Bank of England said it would not act. U.S. officials said "
                + "talks would resume. Chancellor of the Exchequer Nigel Lawson said growth was strong. A dealer in "
                + "New York said the dollar fell.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Nigel Lawson"), people(found).keySet());
        List<String> orgs = organisations(found);
        assertTrue(orgs.containsAll(List.of("General Motors Corp", "Bank of England")), "organisations: " + orgs);
        assertOffsets(found, null, body);
    }

    @Test
    void firmsAndOutletsNamedByTheirTradeAreNotPeople() {
        String body = "Kotak Institutional Equities said margins would recover. Wyle Laboratories said it won the "
                + "contract, and China Daily said output rose. Tehran Radio said the talks had ended.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of(), people(found).keySet());
        assertEquals(List.of("Kotak Institutional Equities", "Wyle Laboratories", "China Daily", "Tehran Radio"),
                organisations(found));
        assertOffsets(found, null, body);
    }

    @Test
    void anAmpersandJoinsACompanysNameButNotAnyTwoWords() {
        String body = "Procter & Gamble said sales rose. Pacific Gas & Electric Co. cut power to 500,000 homes. "
                + "The Door & Window sensor is open Sun & Mon.";
        List<String> names = DETECTOR.detect(null, body).stream().map(EntityMention::name).toList();
        assertEquals(List.of("Procter & Gamble", "Pacific Gas & Electric Co"), names);
    }

    @Test
    void aNameBrokenOverTwoLinesIsOneNameWithOneSpace() {
        String body = "The dollar fell after Federal Reserve Chairman Paul\n    Volcker spoke. Paul Volcker said rates\n"
                + "would stay.\n\nPower Outlook\n\nTokyo Electric Power Co said demand rose.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(2, people(found).get("Paul Volcker").mentions(), "people: " + people(found).keySet());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Tokyo Electric Power Co")), "a blank line ends a name: "
                + found.stream().map(EntityMention::name).toList());
        assertOffsets(found, null, body);
    }

    @Test
    void theSpeakerNamedAfterAQuoteIsAPerson() {
        String body = "\u201cIt is hard to argue otherwise,\u201d said Tom Bonier of the liberal group. \u201cWe will see,\u201d "
                + "said Rusmik Oza, head of research. Prices fell, said Mary E. Lovely, a professor. Markets closed, "
                + "analysts said Monday. The index rose, said Wall Street Journal reporters in New York.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));

        assertEquals(Set.of("Tom Bonier", "Rusmik Oza", "Mary E. Lovely"), people.keySet());
    }

    @Test
    void anAbbreviationInBracketsEndsTheNameItFollows() {
        String body = "Experts at the National Oceanic and Atmospheric Administration (NOAA) and the Interior "
                + "Department said the oil was gone. The United Nations and European Union (EU) disagreed.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));

        assertEquals(Set.of("National Oceanic and Atmospheric Administration", "Interior Department", "United Nations",
                "European Union"), Set.copyOf(orgs), "the abbreviation in brackets is the organisation it follows");
        assertEquals(orgs.size(), Set.copyOf(orgs).size());
    }

    @Test
    void anOccupationBeforeANameIsItsRoleNotPartOfIt() {
        String body = "Farmer Chad Smith said his farm stands to lose money. \"He will never harm a child again,\" said "
                + "U.S. Attorney Nealy Cox.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));

        assertEquals(Set.of("Chad Smith", "Nealy Cox"), people.keySet());
        assertEquals("Farmer", people.get("Chad Smith").role());
        assertEquals("Attorney", people.get("Nealy Cox").role());
    }

    @Test
    void aMiddleInitialStaysInTheNameAndAQuestionWordStartsNone() {
        String body = "Kansas City Fed President Thomas M. Hoenig said rates were too low. Hoenig dissented again. "
                + "What Page said next surprised everyone. The Scottish Ambulance Service said two men were treated.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        Map<String, EntityMention> people = people(found);

        assertEquals(Set.of("Thomas M. Hoenig"), people.keySet());
        assertEquals(2, people.get("Thomas M. Hoenig").mentions());
        assertTrue(organisations(found).contains("Scottish Ambulance Service"), found.toString());
    }

    @Test
    void aDatelineDashAndASentenceStarterAreNotPartOfAName() {
        String body = "BERLIN -- The European Space Agency said on Monday that the probe was safe. Former National "
                + "Security Council officials disagreed. Key Security Council members met on Tuesday. The Ceres "
                + "Nano-Satellite Company launched its first craft.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));

        assertEquals(List.of("European Space Agency", "National Security Council", "Security Council",
                "Ceres Nano-Satellite Company"), orgs);
    }

    @Test
    void theEndOfALongerNameBeforeSaidIsNoPerson() {
        String body = "The United Nations High Commissioner for Human Rights said the decision changed nothing. The "
                + "Attorney's Office for the Western District of New York said in a statement that Ms Persson said "
                + "nothing. Anna Persson said she would appeal.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));

        assertEquals(Set.of("Anna Persson"), people.keySet());
        assertEquals(2, people.get("Anna Persson").mentions(), "'Ms Persson' is Anna Persson again");
    }

    @Test
    void businessAndCabinetTitlesAreRoles() {
        String body = "Secretary of State Mike Pompeo met Apple CEO Tim Cook on Monday. Attorney General William Barr "
                + "said the inquiry would go on, and the Commissioner of Police declined to comment. The San Francisco "
                + "Chronicle first reported the meeting. The Ranking Member said the Department of Health and Human "
                + "Services had not been told.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        Map<String, EntityMention> people = people(found);
        assertEquals("Secretary of State", people.get("Mike Pompeo").role(), "people: " + people.keySet());
        assertEquals("CEO", people.get("Tim Cook").role());
        assertEquals("Attorney General", people.get("William Barr").role());
        assertEquals(3, people.size(), "people: " + people.keySet());
        assertTrue(organisations(found).contains("San Francisco Chronicle"), "found: " + found);
        assertTrue(organisations(found).contains("Department of Health and Human Services"), "found: " + found);
        assertOffsets(found, null, body);
    }

    @Test
    void aMinistersPortfoliosArePartOfTheRoleNotOfTheName() {
        String body = "Indonesian Minister of Mines and Energy Aureliano Chaves met Chinese Minister of Foreign Affairs "
                + "Wang Yi. Minister of Agriculture, Fisheries and Food Michael Jopling, Secretary of the Treasury\n"
                + "James Baker and Oil Minister Hisham Nazer joined them. Corporate Affairs Minister Michael Howard and "
                + "Home Secretary Douglas Hurd did not, nor did Vice Foreign Minister Sun Weidong or Chancellor of the "
                + "Exchequer Rachel Reeves, Delhi Chief Minister Arvind Kejriwal or U.S. Trade Representative Robert "
                + "Lighthizer. The Minister of Finance said nothing, and Shinji Fukukawa, Vice "
                + "Minister of the International Trade and Industry Ministry, left.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        Map<String, EntityMention> people = people(found);
        assertEquals("Minister of Mines and Energy", people.get("Aureliano Chaves").role(), "people: " + people.keySet());
        assertEquals("Minister of Foreign Affairs", people.get("Wang Yi").role());
        assertEquals("Minister of Agriculture, Fisheries and Food", people.get("Michael Jopling").role());
        assertEquals("Secretary of the Treasury", people.get("James Baker").role(), "a role over two lines, one-spaced");
        assertEquals("Oil Minister", people.get("Hisham Nazer").role());
        assertEquals("Corporate Affairs Minister", people.get("Michael Howard").role());
        assertEquals("Home Secretary", people.get("Douglas Hurd").role());
        assertEquals("Vice Foreign Minister", people.get("Sun Weidong").role());
        assertEquals("Chancellor of the Exchequer", people.get("Rachel Reeves").role());
        assertEquals("Chief Minister", people.get("Arvind Kejriwal").role());
        assertEquals("Trade Representative", people.get("Robert Lighthizer").role());
        assertTrue(people.containsKey("Shinji Fukukawa"), "people: " + people.keySet());
        assertEquals(12, people.size(), "people: " + people.keySet());
        assertTrue(organisations(found).contains("International Trade and Industry Ministry"), "found: " + found);
        assertOffsets(found, null, body);
    }

    @Test
    void theCountryARoleIsOfIsPartOfTheRole() {
        String body = "Prime Minister of Japan Shigeru Ishiba met President of the People's Republic of China Xi Jinping, "
                + "and Minister for Foreign Affairs of Japan Takeshi Iwaya met Wang Yi. The Prime Minister of Japan said "
                + "nothing more.";
        List<EntityMention> found = DETECTOR.detect(null, body, COUNTRIES.locate(null, body));
        Map<String, EntityMention> people = people(found);
        assertEquals("Prime Minister of Japan", people.get("Shigeru Ishiba").role(), "people: " + people.keySet());
        assertEquals("President of the People's Republic of China", people.get("Xi Jinping").role());
        assertEquals("Minister for Foreign Affairs of Japan", people.get("Takeshi Iwaya").role());
        assertEquals(Set.of("Shigeru Ishiba", "Xi Jinping", "Takeshi Iwaya", "Wang Yi"), people.keySet());
        assertOffsets(found, null, body);
    }

    @Test
    void theBodyARoleIsOfIsPartOfTheRoleAndNamed() {
        String body = "Secretary-General of the United Nations António Guterres met Governor of the Bank of Japan Kazuo "
                + "Ueda and Chairman of General Motors Roger Smith. Takako Doi, Chairwoman of the Japan Socialist Party, "
                + "and Marcel Cazale, President of the French Maize Producers' Association, were not there.";
        List<EntityMention> found = DETECTOR.detect(null, body, COUNTRIES.locate(null, body));
        Map<String, EntityMention> people = people(found);
        assertEquals("Secretary-General of the United Nations", people.get("António Guterres").role(),
                "people: " + people.keySet());
        assertEquals("Governor of the Bank of Japan", people.get("Kazuo Ueda").role());
        assertEquals("Chairman of General Motors", people.get("Roger Smith").role());
        assertEquals(Set.of("António Guterres", "Kazuo Ueda", "Roger Smith", "Takako Doi", "Marcel Cazale"),
                people.keySet(), "a country's demonym that starts a body's name starts no person's");
        assertTrue(organisations(found).containsAll(List.of("United Nations", "Bank of Japan", "General Motors",
                "Japan Socialist Party")), "found: " + found);
        assertTrue(organisations(found).stream().noneMatch(o -> o.startsWith("Chair")), "found: " + found);
        assertOffsets(found, null, body);
    }

    @Test
    void aMinistrysPortfoliosArePartOfItsName() {
        String body = "Japan's Ministry of International Trade\nand Industry said exports fell, the Department of "
                + "Agriculture, Fisheries and Food disagreed, and the Ministry of Finance and the Bank of Japan said "
                + "nothing.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));
        assertTrue(orgs.containsAll(List.of("Ministry of International Trade and Industry",
                "Department of Agriculture, Fisheries and Food", "Ministry of Finance", "Bank of Japan")), "orgs: " + orgs);
        assertEquals(4, orgs.size(), "orgs: " + orgs);
    }

    @Test
    void anIndexAHomeAndAFirmNamedForItsTradeAreNoPeople() {
        String body = "The Producer Price Index rose 0.3 pct, the Labor Department said. The facilities are Beverly "
                + "Nursing Home, a 160 bed home. Murphy Oil said it would cut jobs, J.C. Walter of Walter Oil and Gas "
                + "Corp said, and the Government Bank Inspectorate said provisions were too low.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        Set<String> people = people(found).keySet();
        assertTrue(Set.of("J.C. Walter").containsAll(people), "people: " + people);
        assertTrue(organisations(found).containsAll(List.of("Murphy Oil", "Walter Oil and Gas Corp",
                "Government Bank Inspectorate")), "found: " + found);
    }

    @Test
    void andJoinsOneOrganisationsNameButNotTwoNames() {
        String body = "The United Nations and European Union criticised the plan, and the Securities and Exchange "
                + "Commission opened an inquiry, funded in part by the Bill and Melinda Gates Foundation.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));
        assertTrue(orgs.containsAll(List.of("United Nations", "European Union", "Securities and Exchange Commission",
                "Bill and Melinda Gates Foundation")), "orgs: " + orgs);
        assertEquals(4, orgs.size(), "orgs: " + orgs);
    }

    @Test
    void namesJoinedByAndAreTwoWhereEachIsWrittenAloneOrTheSecondOpensWithThe() {
        String body = "The statement claimed that Big Machine and Dick Clark Productions had come to terms. He does not "
                + "run Big Machine or control it, and at no time did Dick Clark Productions agree to it. Braun and The "
                + "Carlyle Group declined to comment. The Food and Drug Administration approved it, and the Drug "
                + "Enforcement Administration did not.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));
        assertTrue(orgs.containsAll(List.of("Dick Clark Productions", "Carlyle Group", "Food and Drug Administration")),
                "orgs: " + orgs);
        assertTrue(orgs.stream().noneMatch(o -> o.contains(" and ") && !o.startsWith("Food")), "orgs: " + orgs);
    }

    @Test
    void theLastWordsOfOnePersonsFullNameAreThatPerson() {
        String body = "Joel Eriksson Ek scored twice for the Wild on Saturday. \"We played well,\" Eriksson Ek said. "
                + "Editors Teresa Nielsen Hayden and Patrick Nielsen Hayden were there, and Nielsen Hayden spoke.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));

        assertEquals(2, people.get("Joel Eriksson Ek").mentions(), "people: " + people.keySet());
        assertFalse(people.containsKey("Eriksson Ek"), "people: " + people.keySet());
        assertTrue(people.containsKey("Teresa Nielsen Hayden") && people.containsKey("Patrick Nielsen Hayden"),
                "two full names end so: neither takes the short one; people: " + people.keySet());
    }

    @Test
    void aMinistrysNameListsItsPortfoliosButNotOtherBodies() {
        String body = "South Korea's Ministry of Trade, Industry and Energy said on Monday that the Department of Health, "
                + "Education and Welfare had agreed. The Ministry of Defence, Navy and Air Force did not, and officials "
                + "of the Department of Energy, Google and Microsoft met.";
        List<String> orgs = organisations(DETECTOR.detect(null, body));

        assertEquals(Set.of("Ministry of Trade, Industry and Energy", "Department of Health, Education and Welfare",
                "Ministry of Defence", "Navy", "Air Force", "Department of Energy", "Google", "Microsoft"),
                Set.copyOf(orgs));
    }

    @Test
    void theSamePersonWrittenTwoWaysIsOneEntity() {
        String body = "Foreign Minister Wang Yi met his counterpart on Monday. Wang said the talks were useful, "
                + "and Mr. Wang later told reporters that Premier Li Qiang would visit. Li Qiang said little.";
        List<EntityMention> found = DETECTOR.detect("Wang Yi visits Tokyo", body);
        Map<String, EntityMention> people = people(found);
        assertEquals(2, people.size(), "people: " + people.keySet());
        // the headline, "Foreign Minister Wang Yi", "Wang said", "Mr. Wang"
        assertEquals(4, people.get("Wang Yi").mentions(), "Wang Yi: " + people.get("Wang Yi"));
        assertEquals(2, people.get("Li Qiang").mentions());
        assertOffsets(found, "Wang Yi visits Tokyo", body);
    }

    @Test
    void aNameWrittenWithAnInitialOrAShortGivenNameIsOnePerson() {
        String body = "Patrick W. Carlineo Jr. was charged. Pat Carlineo said nothing, and Carlineo's lawyer, Joshua "
                + "Apte, spoke. \"No,\" Josh Apte said. Robert Halmi Jr. and Robert Halmi Sr. run the studio; Jeong Hye "
                + "Jin and Jeong Jae Jin sang.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals(Set.of("Patrick W. Carlineo Jr", "Joshua Apte", "Robert Halmi Jr", "Robert Halmi Sr",
                "Jeong Hye Jin", "Jeong Jae Jin"), people.keySet());
        assertEquals(3, people.get("Patrick W. Carlineo Jr").mentions());
        assertEquals(2, people.get("Joshua Apte").mentions());
    }

    @Test
    void aNameWithAPossessiveInItIsOneOrganisationButAPersonsPossessiveIsNot() {
        String body = "The People's Liberation Army held drills near Taiwan, the Eastern Theater Command said, and the "
                + "People's Daily reported it. Standard and Poor's Corp and Moody's cut Japan's Toshiba Corp. "
                + "McDonald's Corp said sales rose. Chris Christie's office declined to comment.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        List<String> orgs = organisations(found);
        assertEquals(List.of("People's Liberation Army", "Eastern Theater Command", "People's Daily",
                "Standard and Poor's Corp", "Moody's", "Toshiba Corp", "McDonald's Corp"), orgs);
        assertEquals(Set.of("Chris Christie"), people(found).keySet());
        assertOffsets(found, null, body);
    }

    @Test
    void aKnownNameWithANumberAfterAHyphenIsWhole() {
        List<String> orgs = organisations(DETECTOR.detect(null, "Finance ministers of the G-7 met before the G-20 "
                + "summit, where F-35 jets flew past."));
        assertEquals(List.of("G-7", "G-20"), orgs);
    }

    @Test
    void anAnalystOfAFirmIsAPersonAndTheFirmAnOrganisation() {
        String body = "Mary Lee of Salomon Brothers Inc said prices fell, and economist Ian Harwood of Warburg Securities "
                + "agreed. The Securities and Exchange Commission and Florida Power and Light Co said nothing. Philip "
                + "Morris said sales rose, Banco Santander said it would pay, and the Minister of Energy said the same.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Mary Lee", "Ian Harwood"), people(found).keySet());
        assertEquals(Set.of("Salomon Brothers Inc", "Warburg Securities", "Securities and Exchange Commission",
                "Florida Power and Light Co", "Philip Morris", "Banco Santander"), Set.copyOf(organisations(found)));
        assertOffsets(found, null, body);
    }

    @Test
    void aKnownNameWithSmallWordsOrCommasIsMatchedAsWritten() {
        String body = "The House of Representatives passed the bill, the Centers for Disease Control and Prevention "
                + "said, and Japan's Ministry of Economy, Trade and Industry agreed. Fewer than a house of cards.";
        assertEquals(List.of("House of Representatives", "Centers for Disease Control and Prevention",
                "Ministry of Economy, Trade and Industry"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void anAbbreviationInBracketsNamesItsOrganisationWhereverItIsWritten() {
        String body = "The World Health Organization (WHO) said cases rose. WHO officials agreed, and the European "
                + "Union (EU) said the EU would help. Who knows?";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("World Health Organization", "European Union"), organisations(found));
        assertEquals(3, found.get(0).mentions(), "the name, '(WHO)' and 'WHO officials': " + found.get(0));
        assertOffsets(found, null, body);
        String alone = "The WHO said cases rose, and a WHO spokesman agreed. Who knows?";
        assertEquals(2, named(DETECTOR.detect(null, alone), "WHO").mentions(), "'The WHO', 'a WHO spokesman'");
        assertEquals(2, named(DETECTOR.detect(null, "The Fed will cut rates, Fed officials said."), "Fed").mentions());
    }

    @Test
    void aCommonFamilyNameWrittenLastMakesAPersonOfTwoWords() {
        String body = "The team signed Sheldon Richardson and Greedy Williams. Hurricane Floyd hit the coast, Capitol "
                + "Hill reacted, Mount Wilson was closed and Allen-Bradley cut jobs. Neither Castro nor anyone spoke.";
        assertEquals(Set.of("Sheldon Richardson", "Greedy Williams"), people(DETECTOR.detect(null, body)).keySet());
    }

    /** Family names taken from people named with a known given name in wire copy, never written in small letters. */
    @Test
    void lessCommonFamilyNamesWrittenLastMakePeopleToo() {
        String body = "The bid came from Asher Edelman, and Britton Carroll and Wilka Carvalho spoke for the workers. "
                + "Shivom Patel and Susanna Loeb were there too.";
        assertEquals(Set.of("Asher Edelman", "Britton Carroll", "Wilka Carvalho", "Shivom Patel", "Susanna Loeb"),
                people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void capitalisedWordsEndingInAHeadAfterAKnownNameGoWithIt() {
        assertEquals(List.of("House of Commons Finance Committee"),
                organisations(DETECTOR.detect(null, "The House of Commons Finance Committee met on Monday.")));
    }

    @Test
    void anOrganisationIsKnownByItsSpokespersonOrChief() {
        String body = "A Boeing spokesman said the jet was safe. Boeing shares rose. Twitter CEO Jack Dorsey agreed, "
                + "a spokesperson for Instagram said Instagram would wait, and the Bahrain Monetary Agency (BMA) "
                + "added that a BMA spokesman would speak. A Socialist spokesman did not.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Boeing", "Bahrain Monetary Agency", "Twitter", "Instagram"), Set.copyOf(organisations(found)),
                "one word written once ('A Socialist spokesman') names none");
        assertEquals(2, named(found, "Boeing").mentions());
        assertEquals(3, named(found, "Bahrain Monetary Agency").mentions(), "the name, '(BMA)' and 'a BMA spokesman'");
        assertEquals("CEO", people(found).get("Jack Dorsey").role());
        assertOffsets(found, null, body);
    }

    @Test
    void aSpokespersonsPersonOrKindOfBodyNamesNoOrganisation() {
        String body = "Donald Trump left. Trump spokesman Hogan Gidley said so, a Presidential spokesman agreed, the "
                + "Government spokesman had no comment, and \"all is well,\" said Anel Beliz, spokesman for the Panama "
                + "Canal Commission.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Panama Canal Commission"), organisations(found));
        assertTrue(people(found).keySet().containsAll(Set.of("Donald Trump", "Hogan Gidley", "Anel Beliz")),
                "people: " + people(found).keySet());
    }

    @Test
    void aRoleAfterACommaMakesAPersonOfTheNameBeforeIt() {
        String body = "Kym Lino, a spokesperson for Instagram, confirmed it. Sales of dollars for Special Drawing "
                + "Rights, the spokesman said. The Argus Leader of Sioux Falls, Gov. Kristi Noem said.";
        Map<String, EntityMention> people = people(DETECTOR.detect(null, body));
        assertEquals(Set.of("Kym Lino", "Kristi Noem"), people.keySet());
        assertEquals("spokesperson", people.get("Kym Lino").role());
    }

    @Test
    void aRelativeAWhoClauseOrAnAgeAfterACommaMakesAPersonOfTheNameBeforeIt() {
        String body = "The released insurgents included Anas Haqqani, the younger brother of the group's deputy "
                + "leader, Sirajuddin Haqqani, who heads its military wing. Sedfrey Ordonez, 64, said so. Supporters "
                + "of Manchester United, who lost, and of the Boston Celtics, who won, met voters in North Carolina, "
                + "who waited. Hong Kong, who cares? Route 66, 12 miles on.";
        assertEquals(Set.of("Anas Haqqani", "Sirajuddin Haqqani", "Sedfrey Ordonez"),
                people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aKindOfOrganisationAfterACommaMakesAnOrganisationOfTheNameBeforeIt() {
        String body = "Google has bought CloudSimple, a startup that was once part of another cloud. Anacomp agreed to "
                + "buy DatagraphiX, a micrographics firm, from its owner. Pat Quinn, a company spokeswoman, and "
                + "Lee Stamp, a lawyer at the firm, declined to comment. CloudSimple and DatagraphiX did not.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertTrue(organisations(found).containsAll(List.of("CloudSimple", "DatagraphiX")), "organisations: "
                + organisations(found));
        assertTrue(people(found).keySet().containsAll(Set.of("Pat Quinn", "Lee Stamp")), "people: "
                + people(found).keySet());
    }

    @Test
    void whatIsOwnedOfACompanyMakesAnOrganisationOfTheNameAfterIt() {
        String body = "The fund lowered its stake in Healthvest to 9 pct and bought shares of Dome Mines. It also "
                + "took 125,000 shares of Class C preferred stock and options from the holdings of Jack McKellip, "
                + "the chairman. Healthvest and Dome Mines did not comment.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Healthvest", "Dome Mines"), organisations(found));
        assertEquals(Set.of("Jack McKellip"), people(found).keySet());
    }

    @Test
    void oneWhoLeadsItMakesAnOrganisationOfTheNameAfterOf() {
        String body = "Ivan Braiker served as the chief executive of Hipcricket until 2014. Lisa Marshall was executive "
                + "vice president of New York toy company Playtime and chairman of the Senate Agriculture subcommittee."
                + " Hipcricket was sold.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("Hipcricket", "Playtime"), organisations(found), "a company after its kind, written once");
    }

    @Test
    void aWordInCapitalsThatSaysSomethingIsAnOrganisation() {
        String body = "MSCI said its index rose, and the Nasdaq Composite .IXIC said nothing. TOTAL SAID NOTHING.";
        assertEquals(List.of("MSCI"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void anInvestorIsARoleAndAFamilyNamesFirstWordDoesNotEndTheName() {
        Map<String, EntityMention> people = people(DETECTOR.detect(null,
                "Investor David F. La Roche of North Kingstown said he is offering to buy the shares."));
        assertEquals(Set.of("David F. La Roche"), people.keySet());
        assertEquals("Investor", people.get("David F. La Roche").role());
    }

    @Test
    void aRoleWrittenShortWithItsFullStopGoesWithTheNameAfterIt() {
        Map<String, EntityMention> people = people(DETECTOR.detect(null,
                "He threatened Rep. Ilhan Omar on the phone, and Gov. Kristi Noem answered."));
        assertEquals(Set.of("Ilhan Omar", "Kristi Noem"), people.keySet());
        assertEquals("Rep.", people.get("Ilhan Omar").role());
        assertEquals("Gov.", people.get("Kristi Noem").role());
    }

    @Test
    void aDivisionIsAnOrganisationNotAPerson() {
        List<EntityMention> found = DETECTOR.detect(null, "Jim Perkins of the Pontiac Division said sales rose.");
        assertEquals(List.of("Pontiac Division"), organisations(found));
        assertEquals(Set.of("Jim Perkins"), people(found).keySet());
    }

    @Test
    void aPlaceOfWorkAfterAJobIsAnOrganisation() {
        String body = "\"It is a risky bet,\" said Matt Maley, equity strategist at Miller Tabak. John Petrides, portfolio "
                + "manager at Tocqueville Asset Management, agreed, as did an analyst with Shearson Lehman Brothers and "
                + "an analyst with New Orleans-based brokers.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Miller Tabak", "Tocqueville Asset Management", "Shearson Lehman Brothers"),
                Set.copyOf(organisations(found)), "a city before '-based' is no workplace");
        assertEquals(Set.of("Matt Maley", "John Petrides"), people(found).keySet());
    }

    @Test
    void aKindOfOrganisationWrittenBeforeANameMakesItOne() {
        String body = "Water was found, the journal Nature Astronomy reported. State oil company Petroleos Mexicanos and "
                + "Italian savings bank Cassa Centrale agreed. One neo-bank CEO did not, nor did the aircraft carrier "
                + "Kitty Hawk. The Rhode Island-based Fleet is for sale, Fleet said. Broad-based M2 rose.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Nature Astronomy", "Petroleos Mexicanos", "Cassa Centrale", "Fleet"),
                Set.copyOf(organisations(found)), "a role is no organisation, and a carrier may be a ship");
    }

    @Test
    void aOneWordNameBesideItsKindIsAnOrganisationWhenWrittenOnce() {
        String body = "\"Neither is likely,\" said Jeffrey Halley, a market analyst with the research firm Oanda. The news "
                + "agency IRNA said talks would resume, according to Enel, a power company. A spokesman for Healthvest "
                + "declined to comment.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Oanda", "IRNA", "Enel"), Set.copyOf(organisations(found)),
                "a spokesman's organisation, written once, needs a second mention");
        assertEquals(Set.of("Jeffrey Halley"), people(found).keySet());
    }

    @Test
    void aWordBeforeAKindOfOrganisationSaysWhatItDoesNotWhoItIs() {
        String body = "Amr Awadallah is CEO of Vectara, a Palo Alto-based AI startup. Investors poured money into AI "
                + "startups, and the Rhode Island-based Fleet is for sale, Fleet said. It supports SQL-based ML, and "
                + "ML runs in the same environment.";
        assertEquals(Set.of("Vectara", "Fleet"), Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void theCountryWrittenShortBeforeAKnownNameIsPartOfIt() {
        String body = "Officials at U.S. Customs and Border Protection said so. The test is more generous than the US EPA "
                + "test, and the U.S. Securities and Exchange Commission agreed.";
        assertEquals(Set.of("U.S. Customs and Border Protection", "US EPA", "U.S. Securities and Exchange Commission"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))), "as with a name not known beforehand");
    }

    @Test
    void aVenueIsNoOrganisationButALeagueIs() {
        String body = "The tour plays Riverbend Music Center, the Javits Convention Center and the Brookdale Shopping "
                + "Center. Mourinho won three Premier League titles, and the Duke University Medical Center said so.";
        assertEquals(Set.of("Premier League", "Duke University Medical Center"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aNameJoinedByAndEndsWhereItsWordsEnd() {
        String body = "The offering has yet to be approved by the Securities and Exchange Commission.\n    BankAmerica "
                + "shares rose, said Morgan Stanley and Co Inc, which bought it in late December of Elgin Blenders Inc. "
                + "Shares of Polaroid Corp fell as the House and Senate met. Nippon Telegraph and Telephone Corp, "
                + "Capitol Bank and Trust Co, Ford Motor Co and Chrysler Corp did not, nor did the National "
                + "Association of Securities Dealers or News Corp Ltd.";
        assertEquals(Set.of("Securities and Exchange Commission", "Morgan Stanley and Co Inc", "Elgin Blenders Inc",
                "Polaroid Corp", "Senate", "Nippon Telegraph and Telephone Corp", "Capitol Bank and Trust Co",
                "Ford Motor Co", "Chrysler Corp", "National Association of Securities Dealers", "News Corp Ltd"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aBankOfAPlaceBeforeAndIsAWholeName() {
        String body = "The loan was arranged by Bank of Ireland and Bank of Scotland, and Pilgrim Life Insurance Co of "
                + "America and Middle Atlantic Life Insurance Co agreed, as did the Michigan Department of Health and "
                + "Human Services.";
        assertEquals(Set.of("Bank of Ireland", "Bank of Scotland", "Pilgrim Life Insurance Co of America",
                "Middle Atlantic Life Insurance Co", "Michigan Department of Health and Human Services"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aFirmWrittenWithCommasKeepsItsWholeName() {
        String body = "The offering was managed by Kidder, Peabody and Co Inc and Goldman, Sachs and Co, said an analyst "
                + "at Merrill Lynch, Pierce, Fenner and Smith Inc.";
        assertEquals(Set.of("Kidder, Peabody and Co Inc", "Goldman, Sachs and Co",
                "Merrill Lynch, Pierce, Fenner and Smith Inc"), Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aThriftsSavingsAndLoanIsPartOfItsName() {
        String body = "Valley Federal Savings and Loan Association said the Federal Savings and Loan Insurance Corp "
                + "approved the deal, and Glendale Federal Savings and Loan, the fifth largest S and L in the U.S., "
                + "agreed to buy Gibraltar Savings. Savers keep their savings and loans apart.";
        assertEquals(Set.of("Valley Federal Savings and Loan Association", "Federal Savings and Loan Insurance Corp",
                "Glendale Federal Savings and Loan", "Gibraltar Savings"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aLawFirmsPartnershipAndEuropeanAndAsianLegalFormsEndACompanysName() {
        String body = "Cleary Gottlieb Steen & Hamilton LLP advised Enel SpA, Nokia Oyj and Genting Bhd on the deal.";
        assertEquals(Set.of("Cleary Gottlieb Steen & Hamilton LLP", "Enel SpA", "Nokia Oyj", "Genting Bhd"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void anOrganisationWrittenByItsInitialsIsTheOneTheArticleNamesInFull() {
        String body = "The International Monetary Fund cut its forecast and the U.S. Securities and Exchange "
                + "Commission opened an inquiry. The IMF said growth would slow; the SEC said it would not comment. "
                + "The Organisation for Economic Co-operation and Development agreed, the OECD said.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("International Monetary Fund", "U.S. Securities and Exchange Commission",
                "Organisation for Economic Co-operation and Development"), organisations(found));
        assertTrue(found.stream().allMatch(e -> e.mentions() == 2), found.toString());

        List<EntityMention> ge = DETECTOR.detect(null, "General Electric Co said its profit rose. GE also said ...");
        assertEquals(List.of("General Electric Co"), organisations(ge), "initials without the legal form");

        String two = "The Securities and Exchange Commission sued Southern Electric Corp on Monday. The SEC said the "
                + "utility had misled investors.";
        assertTrue(organisations(DETECTOR.detect(null, two)).contains("SEC"), "two names of those initials");
    }

    @Test
    void theArmyAndTheNavyAreOrganisationsByTheirOneWord() {
        String body = "The Army said two soldiers died; the Navy and the Air Force sent ships.";
        assertEquals(Set.of("Army", "Navy", "Air Force"), Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aTermWrittenShortInBracketsIsNoOrganisation() {
        String terms = "The earbuds have active noise cancellation (ANC). The ANC performs well, and artificial "
                + "intelligence (AI) tunes it, as AI does.";
        assertEquals(List.of(), organisations(DETECTOR.detect(null, terms)));
        String names = "The African National Congress (ANC) and the U.S. Department of Transportation (DOT) said "
                + "nothing.";
        assertEquals(Set.of("African National Congress", "U.S. Department of Transportation"),
                Set.copyOf(organisations(DETECTOR.detect(null, names))));
    }

    @Test
    void aCompanyWrittenShortBeforeSaidIsNoPerson() {
        String body = "Shares of Acme Widgets Inc rose. Acme Widgets said sales doubled. Dick Clark Productions made the "
                + "show, Dick Clark said.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Dick Clark"), people(found).keySet(), "a given name makes the short form a person's");
        assertEquals(2, named(found, "Acme Widgets Inc").mentions());
    }

    @Test
    void anOrganisationBeforeAPersonsNameIsFoundToo() {
        String body = "\u201cWe pray for them,\u201d said White House Press Secretary Stephanie Grisham. He, U.S. "
                + "Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry met. Securities and "
                + "Exchange Commission John Shad said he wanted a rule.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals("Press Secretary", people(found).get("Stephanie Grisham").role());
        assertTrue(people(found).containsKey("Gordon Sondland"), "people: " + people(found).keySet());
        assertEquals(Set.of("White House", "European Union"), Set.copyOf(organisations(found)),
                "not 'Exchange Commission', the end of a longer name");
    }

    @Test
    void heAfterAFamilyNameWrittenFirstIsAGivenName() {
        String body = "Chinese Vice-Premier Liu He led the talks in Washington. Liu He met the trade representative. "
                + "He said the talks went well. Reporters asked Liu. He did not answer.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        EntityMention liu = people(found).get("Liu He");
        assertNotNull(liu, "people: " + people(found).keySet());
        assertEquals("Vice-Premier", liu.role());
        assertEquals(3, liu.mentions(), "twice in full and once as \"Liu\"; the pronouns are no mention");
        assertEquals(Set.of("Liu He"), people(found).keySet());
    }

    @Test
    void parkStartsAPersonsNameOnlyBeforeAGivenName() {
        String body = "We stayed at the Park Hyatt on Park Avenue South, near Park Slope. The film by Park Chan-wook "
                + "opened in Seoul, where Moon Jae-in saw it with Park Dong Woo.";
        assertEquals(Set.of("Park Chan-wook", "Moon Jae-in", "Park Dong Woo"),
                people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void placesAndThingsWhoseSecondWordIsAGivenNameAreNoPeople() {
        String body = "The Hong Kong Human Rights and Democracy Act passed. The agent runs a Monte Carlo Tree Search. "
                + "Super Mario Run sold well. In New York, the Secretary of State is in charge. Among restaurants in "
                + "New York, Chef\u2019s Table at Brooklyn Fare stands out.\n\nAuthor: Heather Webber Released: "
                + "November 4, 2025";
        assertEquals(Set.of("Heather Webber"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aTermTheArticleAlsoWritesInSmallLettersIsNoName() {
        String body = "What is a Mesh Network?\n\nA mesh network links the devices of a home. Cisco sells one, and "
                + "the Exchange Fund bought some. The Exchange Fund will buy more, the exchange fund said: a name "
                + "written as a name more often than not stays one.";
        assertEquals(Set.of("Cisco", "Exchange Fund"), Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aRoleBeforeTheWordsOfAThingOrAMailHeaderMakesNoPerson() {
        String body = "Apps must comply with the General Data Protection Regulation. As a Premier Solution Partner we "
                + "ship to Prince Edward Island with Hunter Digital.\n\nFrom: Michael Shalayeff To: Miod Vallat "
                + "Subject: Re: console boot";
        assertEquals(Set.of("Michael Shalayeff"), people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aListItemsLabelIsNoOrganisationButAVendorsNameIs() {
        String body = "Practice every day.\n\nSkill Development: Consistency is crucial, as each skill needs steady "
                + "development.\n\n- Extra Services: We pack extra boxes, and our services include storage.\n\n"
                + "Cato Networks: Deployed new signatures for its networks.";
        assertEquals(List.of("Cato Networks"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void aHeadingNamingWhatAFirmOffersInCommonWordsIsNoOrganisation() {
        String body = "Models need data.\n\nIntegration with Existing Systems\n\nOld systems are hard to change, and "
                + "existing tools rarely fit. Our agency offers Digital Marketing Services for every budget: digital "
                + "marketing and other services. Veeam Software and Palo Alto Networks sell software and networks; "
                + "Mighty Networks runs networks, and Mighty Networks said so.";
        assertEquals(Set.of("Veeam Software", "Palo Alto Networks", "Mighty Networks"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void aRankingOrACallToActOpeningAHeadingIsNoOrganisation() {
        String body = "Top VPN Services\n\nNordVPN Inc is fast. Visit Sargent Electric Company for a quote, or Explore "
                + "Park University online. Microsoft and Top Rank Boxing Inc agreed, and Top Rank Boxing Inc said so.";
        assertEquals(Set.of("NordVPN Inc", "Microsoft", "Top Rank Boxing Inc"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void companiesTheNewsNamesByOneWordOrInCapitals() {
        String body = "DeepSeek and xAI courted Palantir, while BP and ZTE said profits rose. Shares of Bp and Zte, "
                + "as a headline in title case writes them, are no names.";
        List<String> found = organisations(DETECTOR.detect(null, body));
        assertEquals(Set.of("DeepSeek", "xAI", "Palantir", "BP", "ZTE"), Set.copyOf(found));
    }

    @Test
    void aHeadingThatTellsTheReaderWhatToDoIsNoOrganisation() {
        String body = "Secure Your Organization\n\nThe controls help. Contact Your Insurance Company before the "
                + "Save Our Seas Foundation does.";
        assertEquals(List.of("Save Our Seas Foundation"), organisations(DETECTOR.detect(null, body)));
    }

    @Test
    void aPlaceBeforeARoleAPhotoAgencyAndAPronounAreNoPartOfAPerson() {
        String body = "In the United States, a Democratic president spoke. The Mandan, North Dakota, police chief, Jason "
                + "Ziegler, said so. Photo by Scott Heins/Gothamist\n\nFirst Lady Michelle Obama You can follow "
                + "her. \u201cSo I said no,\u201d Ziegler said. Mickey Mouse Club fans said so too.";
        assertEquals(Set.of("Jason Ziegler", "Scott Heins", "Michelle Obama"),
                people(DETECTOR.detect(null, body)).keySet());
    }

    @Test
    void aDatelineAMonthAndATitleCaseHeadingAreNoPartOfAnOrganisation() {
        String body = "WASHINGTON The Federal Reserve raised rates. The vote is certified by Congress on Jan. 6, and the EU "
                + "agreed.\n\nHow To Choose A Mobile App Development Company In The USA?\n\nUN Secretary-General "
                + "Antonio Guterres spoke. Un juge de la cour se r\u00e9cuse.";
        assertEquals(Set.of("Federal Reserve", "Congress", "EU", "UN"),
                Set.copyOf(organisations(DETECTOR.detect(null, body))));
    }

    @Test
    void whereAFirmIsEndsItsNameButNotTheNameOfItsArmAbroad() {
        String body = "Woodco Inc of Houston, Siemens AG of West Germany and Vitro S.A. of Monterrey bid. NEC Corp of "
                + "Japan and the Augusta Group of Italy joined Sony Corp of America, Aluminum Co of America, Morgan "
                + "Guaranty Trust Co of New York and Occidental Life Insurance Co of Australia Ltd.";
        assertEquals(Set.of("Woodco Inc", "Siemens AG", "Vitro S.A.", "NEC Corp", "Augusta Group", "Sony Corp of America",
                "Aluminum Co of America", "Morgan Guaranty Trust Co of New York",
                "Occidental Life Insurance Co of Australia Ltd"),
                Set.copyOf(organisations(detectWithCountries(body))));
    }

    @Test
    void firmsJoinedByAndAfterALegalFormOrACountryAreTwo() {
        String body = "It sold the stake to Cypress Partners LP and Driftwood Ltd. Tonen Sekiyukagaku KK and Exxon "
                + "Chemical Co formed a venture, after talks between Japan and Siemens AG. Nippon Telegraph and "
                + "Telephone Corp bought the system.";
        assertEquals(Set.of("Cypress Partners LP", "Driftwood Ltd", "Tonen Sekiyukagaku KK", "Exxon Chemical Co",
                "Siemens AG", "Nippon Telegraph and Telephone Corp"),
                Set.copyOf(organisations(detectWithCountries(body))));
    }

    @Test
    void aFirmsNameGoesOnOverBracketsToItsLegalFormAndOtherCountriesFormsEndIt() {
        String body = "Samsung Electronics (UK) Ltd and Jardine Fleming (Securities) Ltd said sales rose. Henkel KGaA "
                + "said profit rose. The order went to Airbus Industrie, the European consortium. The European Union "
                + "(EU) agreed.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Samsung Electronics (UK) Ltd", "Jardine Fleming (Securities) Ltd", "Henkel KGaA",
                "Airbus Industrie", "European Union"), Set.copyOf(organisations(found)));
        assertEquals(Map.of(), people(found));
        assertOffsets(found, null, body);
    }

    @Test
    void aLegalFormInSmallLettersAndAParticleCutShortArePartOfAName() {
        String body = "Dixons Group plc said it bid. ITT Corp sold its stake to Compagnie Generale d'Electricite, and "
                + "Caisse des Depots bought shares. Former president Valery Giscard d'Estaing said so.";
        List<EntityMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("Dixons Group plc", "ITT Corp", "Compagnie Generale d'Electricite", "Caisse des Depots"),
                Set.copyOf(organisations(found)));
        assertEquals(Set.of("Valery Giscard d'Estaing"), people(found).keySet());
    }

    @Test
    void aFirmNamedByItsTradeOrFormIsNoPersonAndSpeaksAsAFirm() {
        String body = "Stanley Works said it acquired Acme Holding. Houston Oil Trust said royalties fell, and Shearson "
                + "Lehman Brothers said nickel would rise. Orders for Douglas Aircraft jets grew. Administrators apply "
                + "Zero Trust principles to Database Engines. The United Auto Workers said it would talk. It was resisted "
                + "by Midwestern Democrats, who feel the South is represented.";
        List<EntityMention> found = detectWithCountries(body);
        assertEquals(Map.of(), people(found));
        assertEquals(Set.of("Stanley Works", "Houston Oil Trust", "Shearson Lehman Brothers", "United Auto Workers"),
                Set.copyOf(organisations(found)));
    }

    @Test
    void aPersonBeforeOfAndAFirmAreTwoAfterASentencesFirstWordAReportingVerbOrAJob() {
        String body = "Shares fell. But David Healy of Drexel Burnham Lambert Inc said the program is not a positive. "
                + "\"It is political,\" said P.S. Tam of Morgan Guaranty Trust. Oil rose, analyst Sanford Margoshes of "
                + "Shearson Lehman Brothers said. \"Sell,\" said Richardson Greenshields of Canada Ltd.";
        List<EntityMention> found = detectWithCountries(body);
        assertEquals(Set.of("David Healy", "P.S. Tam", "Sanford Margoshes"), people(found).keySet());
        assertEquals("analyst", people(found).get("Sanford Margoshes").role());
        assertEquals(Set.of("Drexel Burnham Lambert Inc", "Morgan Guaranty Trust", "Shearson Lehman Brothers",
                "Richardson Greenshields of Canada Ltd"), Set.copyOf(organisations(found)));
        assertOffsets(found, null, body);
    }

    @Test
    void aRolesWordBeforeAHeadWordAndAPlacesLastWordAfterNoGivenNameMakeNoPerson() {
        String body = "\"We hope to see changes,\" visiting Chairman of General Motors Roger Smith said in March. LDP "
                + "General Council Chairman Shintaro Abe visits Washington. A spokesman for the Rio de Janeiro Port said "
                + "the order was given. Lloyds Shipping Intelligence said ships were hit. Nathan Lane said he would "
                + "return. The utility, General Public Utilities Corp, said so. The ruling of King County Superior "
                + "Court Judge Mary Yu stands.";
        Map<String, EntityMention> people = people(detectWithCountries(body));
        assertEquals(Set.of("Roger Smith", "Shintaro Abe", "Nathan Lane", "Mary Yu"), people.keySet());
        assertEquals("Chairman", people.get("Shintaro Abe").role());
    }
}
