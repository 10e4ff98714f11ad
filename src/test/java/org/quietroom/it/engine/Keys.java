package org.quietroom.it.engine;

/** WebDriver key codes (W3C WebDriver, "keyboard actions"). */
final class Keys {
    private Keys() {
    }

    static String code(String key) {
        switch (key) {
            case "Shift":
                return "\uE008";
            case "Escape":
                return "\uE00C";
            case "Tab":
                return "\uE004";
            case "Enter":
                return "\uE007";
            case "Space":
                return " ";
            case "ArrowLeft":
                return "\uE012";
            case "ArrowUp":
                return "\uE013";
            case "ArrowRight":
                return "\uE014";
            case "ArrowDown":
                return "\uE015";
            default:
                throw new IllegalArgumentException("no key code for " + key);
        }
    }
}
