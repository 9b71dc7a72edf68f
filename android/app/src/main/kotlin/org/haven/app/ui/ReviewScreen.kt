// The review before sending: every answer as the helpline will get it,
// what is missing, who can read it, and what happens offline.
package org.haven.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.haven.app.UiState

@Composable
fun ReviewScreen(state: UiState.Review, actions: ShellActions) {
    val view = state.view
    ScreenFrame(state.shell, view.title, onBack = actions::back, actions = actions) {
        Directional(view.contentLocale) {
            LazyColumn {
                item { SectionTitle(view.helplineName) }
                view.problemsText?.let { item { Text(it, color = MaterialTheme.colorScheme.error) } }
                items(view.items, key = { it.fieldId }) { answer ->
                    Column(
                        Modifier.fillMaxWidth()
                            .clickable { actions.editReport(view.draftId, answer.stepIndex) }
                            .padding(vertical = 8.dp),
                    ) {
                        Text(answer.label, style = MaterialTheme.typography.bodyMedium)
                        Text(answer.valueText, style = MaterialTheme.typography.bodyLarge)
                        answer.error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                    }
                }
                item { Text(view.privacyText, Modifier.padding(top = 16.dp)) }
                item { Text(view.offlineText, Modifier.padding(top = 8.dp)) }
                item {
                    Button(
                        onClick = { actions.submitReport(view.draftId) },
                        enabled = view.canSubmit,
                        modifier = Modifier.padding(vertical = 16.dp),
                    ) { Text(view.submitLabel) }
                }
            }
        }
    }
}
