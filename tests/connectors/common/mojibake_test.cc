// RepairMojibake: Facebook's "UTF-8 bytes written as \u00XX" strings are repaired, and text
// that was already correct is never damaged (formats.md 2.3).
#include "connectors/common/mojibake.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

// What a JSON parser yields for a Facebook string: each byte of `utf8` becomes the code point
// of the same value, written back as UTF-8 (0x80..0xFF take two bytes).
std::string AsFacebookWritesIt(std::string_view utf8) {
  std::string out;
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (byte >> 6));
      out += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return out;
}

TEST(MojibakeTest, PureAsciiAndEmptyAreUnchanged) {
  EXPECT_EQ(RepairMojibake(""), "");
  EXPECT_EQ(RepairMojibake("hello, world! {\"a\": 1}"), "hello, world! {\"a\": 1}");
  EXPECT_EQ(RepairMojibake(std::string_view("nul\0inside", 10)), std::string("nul\0inside", 10));
}

TEST(MojibakeTest, RepairsLatinLetters) {
  EXPECT_EQ(AsFacebookWritesIt("café"), "caf\xC3\x83\xC2\xA9");  // "cafÃ©"
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("café")), "café");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("Zoë Castellanos")), "Zoë Castellanos");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("Łódź, Ærøskøbing, São Paulo")),
            "Łódź, Ærøskøbing, São Paulo");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("price: 5 €, nbsp:\u00a0.")),
            "price: 5 €, nbsp:\u00a0.");
}

TEST(MojibakeTest, RepairsEmojiAndOtherScripts) {
  EXPECT_EQ(AsFacebookWritesIt("😢"), "\xC3\xB0\xC2\x9F\xC2\x98\xC2\xA2");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("😢")), "😢");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("❤️👍🏽 ok")), "❤️👍🏽 ok");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("日本語のテキスト")), "日本語のテキスト");
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("Привет, مرحبا, שלום")), "Привет, مرحبا, שלום");
}

TEST(MojibakeTest, CorrectTextIsNeverDamaged) {
  for (const std::string_view correct :
       {"café", "naïve Zoë", "日本語", "😢", "Привет", "€100", "Ærø", "Ã", "Ã tout", "Âb",
        "cafÃ© 日本",  // mojibake-looking, but a code point above U+00FF rules it out
        "ÿ", "\u00a0"}) {
    EXPECT_EQ(RepairMojibake(correct), correct) << correct;
  }
}

// Latin-1-looking real text is kept unless its bytes happen to be valid UTF-8: "Ã©" typed on
// purpose does become "é" (inherent ambiguity; Facebook never writes such text unencoded).
TEST(MojibakeTest, LatinLookingTextIsKeptWhenNotValidAsBytes) {
  EXPECT_EQ(RepairMojibake("Ã("), "Ã(");              // C3 28: bad continuation
  EXPECT_EQ(RepairMojibake("Ã©t"), "ét");             // C3 A9 74: valid, so repaired
  EXPECT_EQ(RepairMojibake("aÃ"), "aÃ");              // C3 at the end: truncated
  EXPECT_EQ(RepairMojibake("Â£ and Â"), "Â£ and Â");  // the lone trailing C2 spoils it
}

TEST(MojibakeTest, InvalidSequencesAreKept) {
  // A continuation byte with no lead, a lead without continuation, F5..FF leads.
  for (const std::string_view bytes : {"\x80", "a\xBF", "\xC3", "\xE2\x82", "\xF0\x9F\x98",
                                       "\xF5\x80\x80\x80", "\xFF", "\xFE\xFF"}) {
    const std::string mojibake = AsFacebookWritesIt(bytes);
    EXPECT_EQ(RepairMojibake(mojibake), mojibake);
  }
}

TEST(MojibakeTest, OverlongFormsAreKept) {
  for (const std::string_view bytes : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF",
                                       "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF"}) {
    const std::string mojibake = AsFacebookWritesIt(bytes);
    EXPECT_EQ(RepairMojibake(mojibake), mojibake);
  }
}

TEST(MojibakeTest, SurrogatesAndCodePointsAboveTheRangeAreKept) {
  for (const std::string_view bytes :
       {"\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xA0\xBD\xED\xB8\x80", "\xF4\x90\x80\x80"}) {
    const std::string mojibake = AsFacebookWritesIt(bytes);
    EXPECT_EQ(RepairMojibake(mojibake), mojibake);
  }
  // The edges just inside are repaired.
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("\xED\x9F\xBF")), "\xED\x9F\xBF");  // U+D7FF
  EXPECT_EQ(RepairMojibake(AsFacebookWritesIt("\xF4\x8F\xBF\xBF")), "\xF4\x8F\xBF\xBF");
}

TEST(MojibakeTest, InvalidInputBytesBecomeReplacementCharacters) {
  EXPECT_EQ(RepairMojibake("ok\xFF"), "ok\xEF\xBF\xBD");
  EXPECT_EQ(RepairMojibake("日本\xE6\x97"), "日本\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(RepairMojibake("\xC0\x80\xED\xA0\x80")));
}

TEST(MojibakeTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_TRUE(IsValidUtf8("é日😢\xF4\x8F\xBF\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xE6\x97"));
}

}  // namespace
}  // namespace touchpoint
