// What code fields accept: the core decides what a code is
// (`UnlockView.maxDigits`); this only keeps fields from holding anything else.
package org.haven.app.pure

object CodeInput {
    /** The digits of `text`, at most `maxDigits` of them (pasted text too). */
    fun digitsOnly(text: String, maxDigits: Int): String = text.filter { it in '0'..'9' }.take(maxDigits)
}
