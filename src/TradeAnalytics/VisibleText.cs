using System.Text;

namespace TradeAnalytics;

/// <summary>
/// Shows text from untrusted input (files, articles, server answers) as text in every human-facing output: a control
/// character (C0, DEL, C1: terminal escape sequences among them) or an invisible direction control (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C: they reverse what a reader sees) is written visibly as <c>\uXXXX</c>, so it
/// neither drives a terminal nor disguises a quote. Line breaks and tabs are kept where the output allows them.
/// </summary>
public static class VisibleText
{
    /// <summary>The text with every control and direction character written as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text; null gives an empty string.</param>
    /// <param name="keepLineBreaks">Keep line feeds and tabs as they are (multi-line messages).</param>
    public static string Of(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var i = 0;
        while (i < text.Length && !Hidden(text[i], keepLineBreaks))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (Hidden(c, keepLineBreaks))
            {
                result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>True for a character that <see cref="Of"/> writes as an escape.</summary>
    /// <param name="c">The character.</param>
    /// <param name="keepLineBreaks">Whether line feeds and tabs are kept.</param>
    public static bool Hidden(char c, bool keepLineBreaks = false)
        => (char.IsControl(c) && !(keepLineBreaks && c is '\n' or '\t'))
           || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
