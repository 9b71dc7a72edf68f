// One step of a report form: its questions with the answers kept so far,
// the core's errors, and back / next / review. Typed answers are saved
// when the user moves on (the core checks each one and keeps the user on
// the step when it refuses one); choices are saved the same way.
package org.haven.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.mutableStateMapOf
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.ReportMove
import org.haven.core.Answer

@Composable
fun ReportFormScreen(state: UiState.Report, actions: ShellActions) {
    val view = state.view
    // Answers changed on this step and not yet saved, by question id (null: cleared).
    val pending = remember(view.draftId, view.stepIndex) { mutableStateMapOf<String, Answer?>() }
    val go = { move: ReportMove -> actions.saveAnswers(view.draftId, pending.toMap(), move) }
    ScreenFrame(state.shell, view.title, onBack = actions::back, actions = actions) {
        Directional(view.contentLocale) {
            Column(Modifier.verticalScroll(rememberScrollState())) {
                Text(view.helplineName, style = MaterialTheme.typography.bodyMedium)
                Text(view.progressText, style = MaterialTheme.typography.bodyMedium)
                SectionTitle(view.stepTitle)
                for (field in view.fields) {
                    val error = state.refused?.takeIf { it.first == field.id }?.second ?: field.error
                    Column(Modifier.padding(vertical = 8.dp).semantics { contentDescription = field.accessibilityLabel }) {
                        Text(field.label, style = MaterialTheme.typography.bodyLarge)
                        if (field.optional) Text(view.labels.optional, style = MaterialTheme.typography.labelMedium)
                        field.help?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                        val answer = if (field.id in pending) pending[field.id] else field.value
                        FieldEditor(field, view.labels, answer) { pending[field.id] = it }
                        error?.let {
                            Text(
                                it,
                                color = MaterialTheme.colorScheme.error,
                                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
                            )
                        }
                    }
                }
                Row(Modifier.fillMaxWidth().padding(vertical = 16.dp), horizontalArrangement = Arrangement.SpaceBetween) {
                    if (!view.isFirstStep) {
                        TextButton(onClick = { go(ReportMove.ToStep(view.stepIndex - 1u)) }) { Text(view.labels.back) }
                    }
                    if (view.isLastStep) {
                        Button(onClick = { go(ReportMove.ToReview) }) { Text(view.labels.review) }
                    } else {
                        Button(onClick = { go(ReportMove.ToStep(view.stepIndex + 1u)) }) { Text(view.labels.next) }
                    }
                }
            }
        }
    }
}
