package org.quietroom.core.apps;

/**
 * Names that merely suggest monitoring: they contain spy, track, keylog, cheat, or a Spanish equivalent, and are
 * not an anti-spyware tool's name. Names that also fit an everyday app (a period, fitness or parcel tracker) are
 * marked {@code everyday}, so their harmless explanation comes first.
 */
final class Suggestive {
    /** Stems matched anywhere in a word (after folding: espía → espia). */
    private static final String[] STEMS = {"spy", "track", "keylog", "cheat", "stalk", "espia", "espion", "rastre",
        "localiza", "vigila", "infiel"};
    /** Words that make it a tool against spyware: the name suggests nothing. */
    private static final String[] AGAINST = {"anti", "antispy", "antispyware", "detector", "detect", "remover",
        "scanner", "removal", "antiespia", "deteccion", "detectar", "eliminar"};
    /** Words of everyday trackers. */
    private static final String[] EVERYDAY = {"period", "cycle", "menstrual", "fertility", "ovulation", "fitness",
        "step", "steps", "habit", "sleep", "run", "running", "workout", "water", "mood", "budget", "expense",
        "package", "parcel", "flight", "time", "calorie", "food", "baby", "pregnancy", "periodo", "ciclo",
        "menstruacion", "pasos", "habitos", "sueno", "gastos", "paquete", "embarazo", "ejercicio"};

    private Suggestive() {
    }

    /** 0: not suggestive; 1: suggestive; 2: suggestive, and also fits an everyday app. */
    static int of(String value) {
        String words = AppFold.words(value);
        boolean stem = false;
        for (String s : STEMS) {
            if (words.indexOf(s) >= 0) {
                stem = true;
                break;
            }
        }
        if (!stem) {
            return 0;
        }
        for (String a : AGAINST) {
            if (words.indexOf(" " + a) >= 0) {
                return 0;
            }
        }
        for (String e : EVERYDAY) {
            if (words.indexOf(" " + e + " ") >= 0) {
                return 2;
            }
        }
        return 1;
    }
}
