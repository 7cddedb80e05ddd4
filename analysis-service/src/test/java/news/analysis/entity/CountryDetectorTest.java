package news.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.analysis.theme.SeedTexts;
import news.events.CountryMention;
import news.events.Evidence;
import org.junit.jupiter.api.Test;

class CountryDetectorTest {

    private static final CountryDetector DETECTOR = CountryDetector.fromClasspath();

    private static List<String> codes(List<CountryMention> mentions) {
        return mentions.stream().map(CountryMention::code).toList();
    }

    private static void assertOffsets(List<CountryMention> mentions, String title, String body) {
        for (CountryMention m : mentions) {
            assertTrue(m.mentions() >= m.evidence().size() && !m.evidence().isEmpty(), m.toString());
            assertTrue(m.evidence().size() <= 10, m.toString());
            for (Evidence e : m.evidence()) {
                String field = e.field().equals("title") ? title : body;
                assertEquals(e.text(), field.substring(e.start(), e.end()), "offsets of " + e);
            }
        }
    }

    @Test
    void seed000IsAboutChinaAndJapan() throws Exception {
        String body = SeedTexts.seed("000_749f0bb3dcd254b9.txt");
        List<CountryMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("CN", "JP"), Set.copyOf(codes(found).subList(0, 2)), "found: " + codes(found));
        assertTrue(found.get(0).mentions() >= 10);
        assertTrue(codes(found).containsAll(List.of("US", "GB", "IN", "AU")), "found: " + codes(found));
        assertOffsets(found, null, body);
    }

    @Test
    void seed004BodyIsAboutChinaAndJapan() throws Exception {
        String body = SeedTexts.seed004Body();
        List<CountryMention> found = DETECTOR.detect("What the Japanese Foreign Minister’s Visit to China Signifies", body);
        assertEquals(Set.of("CN", "JP"), Set.copyOf(codes(found).subList(0, 2)), "found: " + codes(found));
        assertOffsets(found, "What the Japanese Foreign Minister’s Visit to China Signifies", body);
    }

    @Test
    void officialNamesWithAPossessiveAreTheirCountryNotTheShorterNameInsideThem() {
        String body = "The People’s Republic of China and the Democratic People's Republic of Korea signed it; the Lao "
                + "People's Democratic Republic did not.";
        List<CountryMention> found = DETECTOR.detect(null, body);
        assertEquals(Set.of("CN", "KP", "LA"), Set.copyOf(codes(found)), "the Republic of China is Taiwan, the Republic "
                + "of Korea South Korea: found " + codes(found));
        assertEquals("People’s Republic of China", found.get(codes(found).indexOf("CN")).evidence().get(0).text());
        assertOffsets(found, null, body);
        assertEquals(List.of("TW", "KR"), codes(DETECTOR.detect(null, "The Republic of China and the Republic of Korea "
                + "agreed.")));
        assertEquals(List.of("TW"), codes(DETECTOR.detect(null, "Chinese Taipei won gold.")), "Taiwan's name at games");
    }

    @Test
    void capitalAsMetonym() {
        List<CountryMention> found = DETECTOR.detect(null, "Beijing said on Monday it would respond.");
        assertEquals(List.of("CN"), codes(found));
        Evidence e = found.get(0).evidence().get(0);
        assertEquals(new Evidence("body", "Beijing", 0, 7), e);
        assertEquals("China", found.get(0).name());
    }

    @Test
    void sinoPrefixNamesBothCountries() {
        String title = "A new chapter in Sino-Japanese relations";
        List<CountryMention> found = DETECTOR.detect(title, "");
        assertEquals(Set.of("CN", "JP"), Set.copyOf(codes(found)));
        assertOffsets(found, title, "");
        assertEquals("Sino", found.stream().filter(m -> m.code().equals("CN")).findFirst().orElseThrow()
                .evidence().get(0).text());
    }

    @Test
    void usOnlyInCapitalsAndAmericaCarefully() {
        String body = "The U.S. and the US Navy joined us in Latin America, then in America.";
        List<CountryMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("US"), codes(found));
        assertEquals(List.of("U.S.", "US", "America"),
                found.get(0).evidence().stream().map(Evidence::text).toList());
        assertOffsets(found, null, body);
    }

    @Test
    void ukAndBritainAreTheUnitedKingdom() {
        List<CountryMention> found = DETECTOR.detect("UK and Britain", "British officials in London.");
        assertEquals(List.of("GB"), codes(found));
        assertEquals(4, found.get(0).mentions());
    }

    @Test
    void aNameWithItsAccentsWrittenAsSeparateMarksIsFound() {
        // "Côte d’Ivoire" and "México" as text decomposed into letters and combining marks (NFD) gives them
        String body = "Co\u0302te d\u2019Ivoire and Me\u0301xico signed.";
        List<CountryMention> found = DETECTOR.detect(null, body);
        assertEquals(List.of("CI", "MX"), codes(found));
        assertOffsets(found, null, body);
    }

    @Test
    void namesThatArePeopleOrStatesAreSkipped() {
        String body = "Michael Jordan and Chad Smith flew from Georgia to Washington State, said the Washington Post.";
        assertTrue(DETECTOR.detect(null, body).isEmpty(), "found: " + DETECTOR.detect(null, body));
        assertEquals(List.of("JO", "IL"), codes(DETECTOR.detect(null, "Jordan and Israel signed the treaty.")));
        assertEquals(List.of("GE"), codes(DETECTOR.detect(null, "Georgia's president spoke in Tbilisi.")));
    }

    @Test
    void aSurnameWrittenAloneIsNoCountryButAfterAPlaceWordItIs() {
        String body = "Jordan said the committee would meet. Denzel Washington said nothing. Aid went to Jordan.";
        List<CountryMention> found = DETECTOR.locate(null, body, Set.of("Jordan", "Washington")).countries();
        assertEquals(List.of("JO"), codes(found));
        assertEquals(1, found.get(0).mentions());
        assertEquals(List.of("JO"),
                codes(DETECTOR.locate(null, "Jordan said the committee would meet.", Set.of()).countries()));
    }

    @Test
    void territoriesHaveTheirOwnCodes() {
        String body = "China reclaimed Macao. Riots in New Caledonia, a cyclone over Mayotte, a base on Guam, funds in "
                + "the Cayman Islands and Bermuda, the Chagos Islands deal, the Falklands and the Turks and Caicos.";
        assertEquals(List.of("CN", "MO", "NC", "YT", "GU", "KY", "BM", "IO", "FK", "TC"),
                codes(DETECTOR.detect(null, body)));
        assertTrue(DETECTOR.detect("A Tearful Reunion", "They met in New Jersey and sailed the Strait of Gibraltar.")
                .stream().noneMatch(c -> c.code().equals("RE") || c.code().equals("JE") || c.code().equals("GI")));
    }

    @Test
    void foodAnimalsAndThingsNamedAfterCountriesAreNoCountries() {
        String body = "Roast the Brussels sprouts, add Greek yogurt; a German shepherd and Canada geese watched. Serve "
                + "with Turkish delight and Irish coffee. Greek officials met in Brussels.";
        assertEquals(List.of("GR", "BE"), codes(DETECTOR.detect(null, body)));
        assertEquals(1, DETECTOR.detect(null, body).get(0).mentions());
    }

    @Test
    void aCapitalThatSeatsInternationalBodiesStandsForThemBesideTheirNames() {
        String title = "EU and US agree to suspend steel tariffs";
        String body = "Under the deal, Brussels will lift its retaliatory duties on American whiskey. \"A good day,\" the "
                + "EU trade commissioner told reporters in Brussels.";
        assertEquals(List.of("US"), codes(DETECTOR.detect(title, body)));
        assertEquals(List.of(), codes(DETECTOR.detect("OPEC ministers meet in Vienna", "The cartel's talks in Vienna "
                + "resume on Monday. The International Criminal Court in The Hague opened a case.")));
        // named as a country as well, the seat is the country's too
        List<CountryMention> belgium = DETECTOR.detect("Belgian police raid homes in Brussels",
                "Investigators in Brussels said the suspects had planned attacks on the European Parliament.");
        assertEquals(List.of("BE"), codes(belgium));
        assertEquals(3, belgium.get(0).mentions());
        // without the bodies, the capital is its country, as any other
        assertEquals(List.of("AT"), codes(DETECTOR.detect(null, "The orchestra toured Vienna.")));
        // a body's acronym counts only in capitals, its name only capitalised
        assertEquals(List.of("BE"), codes(DETECTOR.detect(null, "In Brussels the ec2 team met a european union of "
                + "bakers.")));
    }

    @Test
    void aCapitalOrCountryFollowedByAnotherCountrysStateIsATownThere() {
        assertEquals(List.of(), codes(DETECTOR.detect("Four students killed in Moscow, Idaho", "Police in Panama "
                + "City, Fla., and in Lebanon, Pa., and a plant in London, Ont., and one in Paris, TX 75460. The Dublin "
                + "Core schema.")));
        // the country's own state, and lists of places
        assertEquals(List.of("US"), codes(DETECTOR.detect(null, "Talks in Washington, D.C., ended.")));
        assertEquals(List.of("IS", "CA", "AU", "FR", "GB", "KE"), codes(DETECTOR.detect(null, "Trips to Iceland, Alaska "
                + "and Canada, Alaska or Australia; shows in Paris, New York and London; in Kenya, ID cards are new.")));
    }

    @Test
    void surnamesBrandsAndGrapesNamedAfterCountriesOrCapitalsAreNoCountries() {
        String body = "At 17, Hannah Cairo solved it with Marshall Bern and Clare Finn at Doyle Dane Bernbach. Pour "
                + "the Riesling and Muscat; add Cayenne to taste, roast the Guinea fowl. Spice Cayenne ships Fiji Water "
                + "on Air Astana.";
        assertEquals(List.of(), codes(DETECTOR.detect(null, body)));
        assertEquals(List.of("OM", "EG"), codes(DETECTOR.detect(null, "Muscat, the capital of Oman, talked to Cairo.")));
    }

    @Test
    void sortedByMentions() {
        List<CountryMention> found = DETECTOR.detect("France and Germany", "Germany, German, Berlin; France.");
        assertEquals(List.of("DE", "FR"), codes(found));
        assertEquals(4, found.get(0).mentions());
    }

    @Test
    void gazetteerCoversAboutTwoHundredCountries() {
        Set<String> found = DETECTOR.detect(null, "Kenya, Peru, Fiji, Norway, Vietnam, Ivory Coast, Myanmar.")
                .stream().map(CountryMention::code).collect(Collectors.toSet());
        assertEquals(Set.of("KE", "PE", "FJ", "NO", "VN", "CI", "MM"), found);
    }
}
