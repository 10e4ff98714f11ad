package org.quietroom.core;

import java.util.List;

/**
 * 256 short, neutral, easy-to-say English words, one per byte value: the release fingerprint
 * ({@code build/Fingerprint}) and an advocate link's words ({@code preset/LinkWords}) both spell hashes with
 * them, so a person can read them out on the phone. Not to be reordered: that would change every fingerprint.
 */
public final class WordList {
    public static final List<String> WORDS = List.of(
            "acorn", "amber", "anchor", "apple", "apron", "arrow", "aspen", "attic", "autumn", "badge", "bagel",
            "bamboo", "banjo", "barley", "basket", "beach", "beacon", "bean", "bear", "bell", "berry", "birch",
            "bison", "blanket", "blossom", "boat", "bonnet", "branch", "bread", "breeze", "brick", "bridge", "brook",
            "brush", "bucket", "butter", "button", "cabin", "cactus", "camel", "candle", "canoe", "canyon", "carpet",
            "carrot", "castle", "cedar", "cello", "chalk", "cherry", "chess", "cider", "circle", "clover", "cloud",
            "cobalt", "comet", "copper", "coral", "cotton", "cradle", "crane", "crayon", "creek", "cricket", "crown",
            "cupboard", "daisy", "dawn", "delta", "desert", "dolphin", "door", "dove", "dragon", "drum", "dune",
            "eagle", "easel", "echo", "elbow", "elm", "ember", "falcon", "feather", "fern", "ferry", "fiddle", "field",
            "fig", "finch", "flag", "flame", "flute", "forest", "fossil", "fox", "frost", "garden", "garnet", "gate",
            "gecko", "ginger", "glacier", "globe", "grape", "gravel", "guitar", "harbor", "harp", "hazel", "heron",
            "hill", "honey", "horizon", "island", "ivory", "ivy", "jacket", "jade", "jasmine", "jelly", "kayak",
            "kettle", "kite", "koala", "ladder", "lagoon", "lake", "lantern", "lark", "lava", "lemon", "lilac", "lily",
            "linen", "lotus", "lunar", "magnet", "mango", "maple", "marble", "meadow", "melon", "mint", "mirror",
            "mitten", "moss", "mountain", "muffin", "nectar", "needle", "nest", "nutmeg", "oak", "oasis", "ocean",
            "olive", "onion", "orbit", "orchid", "otter", "owl", "paddle", "palm", "panda", "paper", "parrot", "peach",
            "pebble", "pencil", "pepper", "piano", "pillow", "pine", "planet", "plum", "pond", "poppy", "prairie",
            "pumpkin", "quilt", "rabbit", "radish", "rain", "raven", "reed", "ribbon", "river", "robin", "rocket",
            "rose", "saddle", "saffron", "sail", "salmon", "sand", "scarf", "shell", "silver", "sky", "sled", "snow",
            "sparrow", "spoon", "spruce", "star", "stone", "straw", "stream", "sugar", "summer", "sun", "swan",
            "table", "teapot", "thistle", "thunder", "tiger", "timber", "tomato", "topaz", "tulip", "turtle",
            "umbrella", "valley", "velvet", "violet", "violin", "wagon", "walnut", "water", "wave", "whale", "wheat",
            "willow", "window", "winter", "wren", "yarn", "yellow", "zebra", "zinc", "acre", "bloom", "cove",
            "dew", "drift", "fable", "glade", "grove", "pearl", "quartz", "sage", "tide", "vine");

    private WordList() {
    }
}
