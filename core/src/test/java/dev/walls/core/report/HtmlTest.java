package dev.walls.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class HtmlTest {

    @Test
    void markupInTextIsShownNotRun() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;",
                Html.escape("<script>alert('x')</script> & \"Co\""));
        assertEquals("<p title=\"a &quot;b&quot; &lt;c&gt;\">1 &lt; 2 &amp;&amp; 3 &gt; 2</p>\n",
                new Html().element("p", "1 < 2 && 3 > 2", "title", "a \"b\" <c>").toString());
    }

    @Test
    void charactersNeitherHtmlNorXmlMayHoldBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\tc\nd\uFFFD\uFFFD", Html.escape("a\u0001b\tc\nd\u0085\uFFFF"));
        assertEquals("lone \uFFFD, paired \uD83D\uDE80", Html.escape("lone \uD800, paired \uD83D\uDE80"));
    }

    @Test
    void namesComeFromCodeAndAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p onclick"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "on\"click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "lonely"));
    }

    @Test
    @ResourceLock(Resources.LOCALE) // it sets the default locale, which tests run in parallel would share
    void coordinatesReadTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.3", Html.number(12.34));
            assertEquals("0", Html.number(-0.01));
            assertEquals("1234567", Html.number(1234567.0));
            assertEquals("7", Html.number(7.0));
        } finally {
            Locale.setDefault(before);
        }
        assertThrows(IllegalArgumentException.class, () -> Html.number(Double.NaN));
    }
}
