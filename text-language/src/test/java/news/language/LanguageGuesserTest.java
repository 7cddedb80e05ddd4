package news.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aTextInEnglishLettersTheDetectorReadsAsAnotherLanguageWithEnglishCloseIsOfNoneItCanTell() {
        // trigrams of a few words mislead: these were Swedish, Indonesian and French, and got no themes
        assertNull(LanguageGuesser.guess("A Sharp Pullback. stock market slides", null));
        assertNull(LanguageGuesser.guess("New Bomb in London. police destroy a bomb in london", null));
        assertNull(LanguageGuesser.guess("Francois Mitterrand Dies at 79; Champion of a Unified Europe. mitterand dies",
                null));
        assertNull(LanguageGuesser.guess("BUFFETS INC <BOCB> 4TH QTR NET. Shr 10 cts vs nine cts     Net 388,000 vs"
                + " 328,000     Sales 7.1 mln vs 4.1 mln     Avg shrs 4,066,309 vs 3,688,890     Year     Shr 44 cts vs"
                + " 40 cts     Net 1,711,000 vs 1,428,000     Sales 25.4 mln vs 17.0 mln", null), "a table of figures");
        // a short text with letters English does not write, or one English is not close to, keeps its language
        assertEquals("de", LanguageGuesser.guess("Die Gespräche gehen weiter, sagte der Minister.", null));
        assertEquals("es", LanguageGuesser.guess("El gobierno anunció nuevas medidas económicas para el próximo año.", null));
        assertEquals("en", LanguageGuesser.guess("Trade ministers agreed on new tariffs for steel imports.", null));
    }

    @Test
    void bulgarianIsNotTakenForRussian() {
        String bulgarian = "От вчера в страната се извършват проверки за манипулирани горива, съобщи във Варна"
                + " премиерът, който заедно с министъра на транспорта официално откри новата сграда на центъра."
                + " Той обясни, че се вземат проби от бензиностанциите и от данъчните складове.";
        assertEquals("bg", LanguageGuesser.guess(bulgarian, null));
        assertEquals("bg", LanguageGuesser.guess(bulgarian, "bg"));
    }

    @Test
    void aDeclaredLanguageOfFewerPagesIsWeighedToo() {
        String slovak = "Ministri povedali, že rokovania budú pokračovať budúci týždeň a obe strany očakávajú dohodu o"
                + " nových pravidlách ešte pred koncom roka. Zástupcovia oboch krajín sa od jari stretli niekoľkokrát"
                + " a posledné kolo opísali ako konštruktívne a otvorené.";
        assertEquals("sk", LanguageGuesser.guess(slovak + " " + slovak, "sk"));
        String catalan = "Els ministres van dir que les converses es reprendrien la setmana vinent i que totes dues parts"
                + " esperaven un acord sobre les noves normes abans de final d'any. Els representants dels dos països"
                + " s'han reunit diverses vegades des de la primavera.";
        assertEquals("ca", LanguageGuesser.guess(catalan + " " + catalan, "ca"));
        assertEquals("en", LanguageGuesser.guess(ENGLISH + ENGLISH, "sk"), "a sure detector still overrides it");
    }

    @Test
    void aTextIsPlainlyEnglishOnlyWhenItsSmallWordsAreEnglish() {
        assertTrue(LanguageGuesser.plainlyEnglish(ENGLISH));
        assertEquals("en", LanguageGuesser.guess(ENGLISH, "en"));
        assertEquals("en", LanguageGuesser.guess(ENGLISH, null));
        // other languages with an English name in them: the detector still decides, and overrides the declaration
        String polish = "Jak podaje The Washington Post, ministrowie powiedzieli, że rozmowy zostaną wznowione w"
                + " przyszłym tygodniu i to jest dla nich ważne, a obie strony oczekują porozumienia w sprawie nowych"
                + " zasad przed końcem roku. Urzędnicy z obu krajów spotkali się kilka razy od wiosny i opisali"
                + " ostatnią rundę jako konstruktywną.";
        String dutch = "Volgens The Guardian zeiden de ministers dat de gesprekken volgende week worden hervat, en is"
                + " het de bedoeling dat beide partijen in het najaar een akkoord sluiten over de nieuwe regels. Of dat"
                + " lukt, is nog de vraag: de ambtenaren van de twee landen hebben sinds het voorjaar al vaak overlegd.";
        String danish = "Ifølge The Times sagde ministrene, at forhandlingerne genoptages i næste uge, og at begge parter"
                + " forventer en aftale om de nye regler inden årets udgang. Embedsmænd fra de to lande har mødtes"
                + " flere gange siden foråret, og de beskrev den seneste runde som konstruktiv og åben.";
        String hungarian = "A The Economist szerint a miniszterek azt mondták, hogy a tárgyalások a jövő héten"
                + " folytatódnak, és mindkét fél megállapodást vár az új szabályokról az év vége előtt. A két ország"
                + " tisztviselői tavasz óta többször találkoztak, és a legutóbbi fordulót konstruktívnak nevezték.";
        for (String foreign : new String[] {polish, dutch, danish, hungarian}) {
            assertFalse(LanguageGuesser.plainlyEnglish(foreign), foreign);
        }
        assertEquals("pl", LanguageGuesser.guess(polish + " " + polish, "en"));
        assertEquals("nl", LanguageGuesser.guess(dutch + " " + dutch, "en"));
        // too few words to tell at a glance: the detector's way, as before
        assertFalse(LanguageGuesser.plainlyEnglish("The talks resume."));
    }
}
