// Helplines: each with its status, cost and languages as the core words
// them, and its channels (call, text, chat) one tap away.
package org.haven.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.core.HelplineItem

@Composable
fun HelplinesScreen(state: UiState.Helplines, actions: ShellActions) {
    ScreenFrame(state.shell, state.view.title, onBack = actions::back, actions = actions) {
        if (state.view.items.isEmpty()) Text(state.view.emptyText)
        LazyColumn { items(state.view.items, key = { it.id }) { HelplineCard(it, actions) } }
    }
}

@Composable
fun HelplineCard(item: HelplineItem, actions: ShellActions) {
    Card(Modifier.fillMaxWidth().padding(vertical = 6.dp)) {
        Directional(item.locale) {
            Column(Modifier.padding(16.dp)) {
                Text(item.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
                item.emergencyLabel?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                Text(item.description)
                Text(item.statusText)
                Text(item.costText)
                Text(item.languagesText)
                for (channel in item.channels) {
                    OutlinedButton(
                        onClick = { actions.openLink(channel.uri) },
                        modifier = Modifier.fillMaxWidth().semantics { contentDescription = channel.label + ", " + channel.display },
                    ) { Text(channel.label + " " + channel.display) }
                    channel.warnings.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
                }
            }
        }
    }
}
