package news.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The labels a page prints in the languages around English (readers' comments, a share bar, a list of the most read
 * articles), looked up as whole short lines in sets of words rather than tried as alternatives of the English
 * patterns: a line of any page is asked each question, and a set answers in one look whatever its size.
 */
final class ForeignLabels {

    /** The longest line that may be such a label. */
    private static final int MAX_LABEL_CHARS = 60;

    /** The label over readers' comments: "12 comentários", "Lascia un commento", "Добавить отзыв". */
    static final Set<String> COMMENTS = Set.of("comentários", "comentário", "comentarios", "comentario", "commenti",
            "commento", "commentaires", "commentaire", "kommentare", "kommentar", "reacties", "komentarze", "komentarz",
            "комментарии", "комментарий", "коментарі", "deixe um comentário", "deixe seu comentário",
            "escreva um comentário", "deixe uma resposta", "deja un comentario", "deja tu comentario",
            "deja una respuesta", "lascia un commento", "lascia il tuo commento", "laisser un commentaire",
            "laissez un commentaire", "laissez votre commentaire", "laisser une réponse", "schreibe einen kommentar",
            "schreiben sie einen kommentar", "hinterlasse einen kommentar", "plaats een reactie", "dodaj komentarz",
            "оставить комментарий", "добавить комментарий", "написать комментарий", "оставить отзыв",
            "добавить отзыв", "написать отзыв");

    /**
     * A page's furniture: an advertisement's label ("Iklan", "Quảng cáo"), and a blog's share and like bar as
     * WordPress writes it in Portuguese, Spanish, French, German, Italian, Indonesian, Russian and Dutch ("Share
     * this:", "Like this:", "Like Loading...", "Print", "Email", "More").
     */
    static final Set<String> FURNITURE = Set.of("iklan", "quảng cáo", "โฆษณา", "إعلان", "פרסומת", "विज्ञापन",
            "compartilhe isso", "compartilhar isso", "comparte esto", "compartir esto", "partager", "teilen mit",
            "teilen", "condividi", "bagikan ini", "bagikan", "поделиться", "delen", "deel dit", "curtir isso",
            "me gusta esto", "j'aime ça", "j’aime ça", "gefällt mir", "mi piace", "sukai ini", "нравится",
            "vind ik leuk", "curtir carregando", "me gusta cargando", "j'aime chargement", "j’aime chargement",
            "gefällt mir wird geladen", "mi piace caricamento", "suka memuat", "нравится загрузка",
            "vind-ik-leuk laden", "imprimir", "imprimer", "drucken", "stampa", "cetak", "печать", "afdrukken",
            "surat elektronik", "correo electrónico", "электронная почта", "mehr", "altro", "lagi", "ещё", "еще",
            "meer");

    /**
     * The label of the author's box under an article: "Sobre o autor", "Über den Autor", "À propos de l'auteur",
     * "Об авторе".
     */
    static final Set<String> ABOUT_THE_AUTHOR = Set.of("sobre o autor", "sobre a autora", "sobre el autor",
            "sobre la autora", "acerca del autor", "à propos de l'auteur", "à propos de l’auteur",
            "à propos de l'autrice",
            "über den autor", "über die autorin", "zum autor", "zur autorin", "sull'autore", "sull’autore",
            "l'autore", "l’autore", "об авторе", "tentang penulis", "over de auteur", "o autorze");

    /** The heading of a list of the site's most read or most popular articles: "Mais lidas", "Meistgelesen". */
    static final Set<String> MOST_READ = Set.of("самое популярное", "самое читаемое", "mais lidas", "mais lidos",
            "mais populares", "lo más leído", "más leídos", "más leído", "más leídas", "más populares",
            "lo más visto", "les plus lus", "les plus populaires", "les plus consultés", "meistgelesen",
            "am meisten gelesen", "i più letti", "più letti", "più lette", "più popolari", "meest gelezen",
            "najczęściej czytane", "terpopuler", "paling populer", "artikel terkait", "terkait");

    private ForeignLabels() {
    }

    /**
     * @return the line as the sets hold labels: in small letters, without a count before it ("12 comentários") nor
     *         marks after it ("Bagikan ini:", "Suka Memuat..."); null for a line too long to be a label
     */
    static String key(String line) {
        if (line.length() > MAX_LABEL_CHARS) {
            return null;
        }
        int start = 0;
        while (start < line.length() && Character.isDigit(line.charAt(start))) {
            start++;
        }
        if (start > 0 && start < line.length() && line.charAt(start) == ' ') {
            start++;
        } else {
            start = 0;
        }
        int end = line.length();
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end).strip().toLowerCase(Locale.ROOT);
    }

    /** @return true when the line is one of the labels of the set */
    static boolean in(Set<String> labels, String line) {
        String key = key(line);
        return key != null && labels.contains(key);
    }

    /**
     * @return true when the line heads a list of the site's most read articles in one of the languages around,
     *         including "Самые популярные" and the kind of article it lists ("Самые популярные диеты")
     */
    static boolean mostRead(String line) {
        String key = key(line);
        if (key == null) {
            return false;
        }
        if (MOST_READ.contains(key)) {
            return true;
        }
        return key.startsWith("самые популярные") && key.indexOf(' ', "самые популярные ".length()) < 0;
    }
}
