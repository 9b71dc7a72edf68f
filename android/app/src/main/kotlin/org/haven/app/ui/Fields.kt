// Text fields for codes, notes and search: no autocorrect, no suggestions,
// and no personalized learning, so nothing typed in Haven is remembered by
// the keyboard or offered back in another app (MASVS-PLATFORM, PRIVACY).
package org.haven.app.ui

import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputConnection
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.ExperimentalComposeUiApi
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.InterceptPlatformTextInput
import androidx.compose.ui.platform.PlatformTextInputMethodRequest
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import org.haven.app.pure.CodeInput

/** Adds IME_FLAG_NO_PERSONALIZED_LEARNING to every text field inside `content`. */
@OptIn(ExperimentalComposeUiApi::class)
@Composable
fun NoPersonalizedLearning(content: @Composable () -> Unit) {
    InterceptPlatformTextInput(
        interceptor = { request, next ->
            val private = object : PlatformTextInputMethodRequest {
                override fun createInputConnection(outAttributes: EditorInfo): InputConnection {
                    val connection = request.createInputConnection(outAttributes)
                    outAttributes.imeOptions = outAttributes.imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
                    return connection
                }
            }
            next.startInputMethod(private)
        },
        content = content,
    )
}

/** A digits-only, hidden code field bounded by the core's code length. */
@Composable
fun CodeField(value: String, onChange: (String) -> Unit, label: String, maxDigits: Int, modifier: Modifier = Modifier) {
    PrivateField(
        value = value,
        onChange = { onChange(CodeInput.digitsOnly(it, maxDigits)) },
        label = label,
        keyboard = KeyboardType.NumberPassword,
        hidden = true,
        modifier = modifier,
    )
}

/** Any other private text: a note, a search, an address. */
@Composable
fun PrivateField(
    value: String,
    onChange: (String) -> Unit,
    label: String,
    modifier: Modifier = Modifier,
    keyboard: KeyboardType = KeyboardType.Text,
    hidden: Boolean = false,
    singleLine: Boolean = true,
) {
    NoPersonalizedLearning {
        OutlinedTextField(
            value = value,
            onValueChange = onChange,
            label = { Text(label) },
            singleLine = singleLine,
            visualTransformation = if (hidden) PasswordVisualTransformation() else VisualTransformation.None,
            keyboardOptions = KeyboardOptions(
                autoCorrectEnabled = false,
                capitalization = KeyboardCapitalization.None,
                keyboardType = keyboard,
                imeAction = ImeAction.Done,
            ),
            modifier = modifier.semantics { contentDescription = label },
        )
    }
}
