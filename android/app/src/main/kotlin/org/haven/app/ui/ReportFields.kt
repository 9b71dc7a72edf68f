// Editors for each kind of report question. They only turn what the user
// picks or types into an Answer; the core checks it. Labels come from the
// form view; no location is ever asked of the platform here.
package org.haven.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Checkbox
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import org.haven.core.Answer
import org.haven.core.ContactAnswer
import org.haven.core.ContactMode
import org.haven.core.FieldKind
import org.haven.core.FieldView
import org.haven.core.FormLabels
import org.haven.core.PlaceAnswer

@Composable
fun FieldEditor(field: FieldView, labels: FormLabels, answer: Answer?, onChange: (Answer?) -> Unit) {
    when (field.kind) {
        FieldKind.CHOICE -> {
            val chosen = (answer as? Answer.Choice)?.value
            for (option in field.options) {
                Choice(option.label, selected = option.value == chosen, radio = true) {
                    onChange(Answer.Choice(option.value))
                }
            }
        }
        FieldKind.MULTI_CHOICE -> {
            val chosen = (answer as? Answer.MultiChoice)?.values.orEmpty()
            for (option in field.options) {
                val on = option.value in chosen
                Choice(option.label, selected = on, radio = false) {
                    val next = if (on) chosen - option.value else chosen + option.value
                    onChange(if (next.isEmpty()) null else Answer.MultiChoice(next))
                }
            }
        }
        FieldKind.TEXT -> PrivateField(
            value = (answer as? Answer.Text)?.text.orEmpty(),
            onChange = { onChange(Answer.Text(it)) },
            label = field.label,
            singleLine = false,
            modifier = Modifier.fillMaxWidth(),
        )
        FieldKind.DATE -> PrivateField(
            value = (answer as? Answer.Date)?.date.orEmpty(),
            onChange = { onChange(Answer.Date(it)) },
            label = labels.dateHint,
        )
        FieldKind.DATETIME -> PrivateField(
            value = (answer as? Answer.Datetime)?.datetime.orEmpty(),
            onChange = { onChange(Answer.Datetime(it)) },
            label = labels.datetimeHint,
        )
        FieldKind.PLACE -> PlaceEditor((answer as? Answer.Place)?.place, labels, onChange)
        FieldKind.CONTACT -> ContactEditor((answer as? Answer.Contact)?.contact, labels, onChange)
    }
}

@Composable
private fun PlaceEditor(place: PlaceAnswer?, labels: FormLabels, onChange: (Answer?) -> Unit) {
    val current = place ?: PlaceAnswer("", null, null)
    Column {
        PrivateField(
            value = current.text,
            onChange = { onChange(Answer.Place(current.copy(text = it))) },
            label = labels.placeText,
            singleLine = false,
            modifier = Modifier.fillMaxWidth(),
        )
        PrivateField(
            value = current.postcode.orEmpty(),
            onChange = { onChange(Answer.Place(current.copy(postcode = it))) },
            label = labels.postcode,
        )
        if (current.location != null) Text(labels.locationShared)
    }
}

@Composable
private fun ContactEditor(contact: ContactAnswer?, labels: FormLabels, onChange: (Answer?) -> Unit) {
    val current = contact ?: ContactAnswer(ContactMode.ANONYMOUS, null, null, false)
    val modes = listOf(
        ContactMode.ANONYMOUS to labels.contactAnonymous,
        ContactMode.PHONE to labels.contactPhone,
        ContactMode.EMAIL to labels.contactEmail,
    )
    Column {
        for ((mode, label) in modes) {
            Choice(label, selected = current.mode == mode, radio = true) {
                onChange(Answer.Contact(current.copy(mode = mode)))
            }
        }
        if (current.mode != ContactMode.ANONYMOUS) {
            PrivateField(
                value = current.value.orEmpty(),
                onChange = { onChange(Answer.Contact(current.copy(value = it))) },
                label = labels.contactValue,
            )
            PrivateField(
                value = current.safeTimes.orEmpty(),
                onChange = { onChange(Answer.Contact(current.copy(safeTimes = it))) },
                label = labels.safeTimes,
            )
            Choice(labels.mayLeaveMessage, selected = current.mayLeaveMessage, radio = false) {
                onChange(Answer.Contact(current.copy(mayLeaveMessage = !current.mayLeaveMessage)))
            }
        }
    }
}

/** A radio button or checkbox row; the whole row is the touch target. */
@Composable
private fun Choice(label: String, selected: Boolean, radio: Boolean, onClick: () -> Unit) {
    val row = if (radio) {
        Modifier.selectable(selected = selected, role = Role.RadioButton, onClick = onClick)
    } else {
        Modifier.toggleable(value = selected, role = Role.Checkbox, onValueChange = { onClick() })
    }
    Row(row.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically) {
        if (radio) RadioButton(selected = selected, onClick = null) else Checkbox(checked = selected, onCheckedChange = null)
        Text(label)
    }
}
