// What code fields accept and when the notes disguise tries a code: the
// core decides what a code is (`UnlockView.minDigits`/`maxDigits`); these
// only keep fields from holding anything else.
package org.haven.app.pure

object CodeInput {
    /** The digits of `text`, at most `maxDigits` of them (pasted text too). */
    fun digitsOnly(text: String, maxDigits: Int): String = text.filter { it in '0'..'9' }.take(maxDigits)

    /**
     * The note's text as a code to try, when it is nothing but `min`-`max`
     * digits (surrounding blanks aside); otherwise `null` and the note stays a note.
     */
    fun noteCandidate(text: String, minDigits: Int, maxDigits: Int): String? {
        val trimmed = text.trim()
        val isCode = trimmed.length in minDigits..maxDigits && trimmed.all { it in '0'..'9' }
        return if (isCode) trimmed else null
    }
}
