package news.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final String ENGLISH = " The ministers said the talks would resume next week, and both sides expected"
            + " an agreement on the new rules before the end of the year. Officials from the two countries have met"
            + " several times since the spring, and they described the latest round as constructive and open.";

    @Test
    void aMisleadingOpeningDoesNotDecideWhenTheDetectorIsUnsureOfIt() {
        // product names and prices at the top read as Norwegian to the detector, with English close behind: the
        // longer sample settles it
        String text = "Tested by: John Milbank RRP: 49.95 Euro (£40) More info: www.earbooks.net/en | Sennheiser"
                + " Momentum, Bose QuietComfort, Sony WH-1000XM3, Jabra Elite 85h, Bang & Olufsen Beoplay H9i, AKG"
                + " N700NC, Bowers & Wilkins PX, Marshall Mid ANC, Plantronics Backbeat Pro 2, Beyerdynamic Lagoon."
                + ENGLISH + ENGLISH;
        assertEquals("en", LanguageGuesser.guess(text, null));
    }

    @Test
    void aSureDetectorOverridesAWrongDeclarationOnlyOnEnoughText() {
        String german = "Die Minister sagten, die Gespräche würden nächste Woche fortgesetzt, und beide Seiten erwarten"
                + " vor Ende des Jahres eine Einigung über die neuen Regeln. Vertreter der beiden Länder haben sich"
                + " seit dem Frühjahr mehrmals getroffen und die jüngste Runde als konstruktiv und offen beschrieben.";
        assertEquals("de", LanguageGuesser.guess(german + " " + german, "en"));
        assertEquals("en", LanguageGuesser.guess("Die Gespräche gehen weiter.", "en"));
    }
}
