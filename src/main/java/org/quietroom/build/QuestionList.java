package org.quietroom.build;

import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

/**
 * Every question with its options, as a plain list in the page: the questions to ask oneself when JavaScript is
 * off. The page's code replaces it with the interactive questions ({@code #question-area}). Wording comes from
 * the catalog, escaped; the order and the options come from {@link Questionnaire#all()}, so the list can never
 * differ from what the page asks.
 */
final class QuestionList {
    private QuestionList() {
    }

    /** The markup that stands for {@code {{questions}}} in the page template. */
    static String html(Catalog catalog) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<div class=\"question-list\" id=\"question-list\">\n");
        sb.append("    <p>").append(msg(catalog, "ask.static-intro")).append("</p>\n");
        sb.append("    <ol>\n");
        for (Question q : Questionnaire.all()) {
            if (q == Questionnaire.FIRST_SCREEN) {
                // Asked on the page's first screen (#now), in its own words, with or without JavaScript.
                continue;
            }
            sb.append("      <li data-ask=\"").append(PageTemplate.escape(q.id())).append("\">");
            sb.append("<p class=\"question-list__text\">").append(msg(catalog, q.textKey())).append("</p>");
            sb.append("<p class=\"question-list__why\">").append(msg(catalog, q.whyKey()));
            if (q.kind() == Question.Kind.MULTI) {
                sb.append(' ').append(msg(catalog, "questions.multi-hint"));
            }
            sb.append("</p>\n        <ul>");
            for (String option : q.options()) {
                sb.append("<li>").append(msg(catalog, q.optionKey(option))).append("</li>");
            }
            sb.append("</ul></li>\n");
        }
        sb.append("    </ol>\n  </div>");
        return sb.toString();
    }

    private static String msg(Catalog catalog, String key) {
        return PageTemplate.escape(catalog.get(key));
    }
}
