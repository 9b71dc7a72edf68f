// Reports on this phone: drafts to finish, sent reports on their way with
// the helpline's reference once received, and the helplines a new report
// can go to. What each report may do (edit, cancel, delete) is the core's say.
package org.haven.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.Screen
import org.haven.core.OutboxItem
import org.haven.core.OutboxView
import org.haven.core.ReportState

@Composable
fun OutboxScreen(state: UiState.Outbox, actions: ShellActions) {
    val view = state.view
    ScreenFrame(state.shell, view.title, onBack = actions::back, actions = actions) {
        Directional(view.locale) {
            LazyColumn {
                items(view.newReports, key = { "new-" + it.helplineId }) { entry ->
                    ListEntry(entry.label) { actions.newReport(entry.helplineId) }
                }
                if (view.items.isEmpty()) item { Text(view.emptyText, Modifier.padding(top = 16.dp)) }
                items(view.items, key = { it.id }) { OutboxRow(it, view, actions) }
                if (view.items.any { it.state == ReportState.QUEUED }) {
                    item { Button(onClick = actions::sendNow, Modifier.padding(top = 16.dp)) { Text(view.sendLabel) } }
                }
            }
        }
    }
}

@Composable
private fun OutboxRow(item: OutboxItem, view: OutboxView, actions: ShellActions) {
    val open = if (item.canEdit) Modifier.clickable { actions.navigate(Screen.Report(item.id)) } else Modifier
    Column(
        open.fillMaxWidth().padding(vertical = 10.dp).semantics(mergeDescendants = true) {
            contentDescription = item.accessibilityLabel
        },
    ) {
        Text(item.helplineName, style = MaterialTheme.typography.bodyLarge)
        Text(item.stateText, style = MaterialTheme.typography.bodyMedium)
        item.referenceText?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        Row {
            if (item.canCancel) TextButton(onClick = { actions.cancelReport(item.id) }) { Text(view.cancelLabel) }
            if (item.canDelete) TextButton(onClick = { actions.deleteReport(item.id) }) { Text(view.deleteLabel) }
        }
    }
}
