// Home: urgent help first (emergency numbers one tap away), then the categories.
package org.haven.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.Screen

@Composable
fun HomeScreen(state: UiState.Home, actions: ShellActions) {
    val view = state.view
    ScreenFrame(state.shell, view.title, onBack = null, actions = actions) {
        LazyColumn {
            item { SectionTitle(view.urgentTitle) }
            view.urgentHint?.let { hint -> item { Text(hint) } }
            items(view.urgentHelplines, key = { "h-" + it.id }) { HelplineCard(it, actions) }
            items(view.urgentArticles, key = { "a-" + it.id }) { summary ->
                ListEntry(summary.title, summary.summary) { actions.navigate(Screen.Article(summary.id)) }
            }
            item { SectionTitle(view.categoriesTitle) }
            items(view.categories, key = { it.category.name }) { c ->
                ListEntry(c.label, c.description, c.countLabel) { actions.navigate(Screen.Articles(c.category)) }
            }
        }
    }
}

@Composable
fun SectionTitle(text: String) {
    Text(
        text,
        style = MaterialTheme.typography.titleMedium,
        modifier = Modifier.padding(top = 16.dp, bottom = 8.dp).semantics { heading() },
    )
}

/** A tappable row: a title and lines under it; TalkBack reads them all. */
@Composable
fun ListEntry(title: String, vararg details: String, onClick: () -> Unit) {
    Column(Modifier.fillMaxWidth().clickable(onClick = onClick).padding(vertical = 10.dp)) {
        Text(title, style = MaterialTheme.typography.bodyLarge)
        details.forEach { Text(it, style = MaterialTheme.typography.bodyMedium) }
    }
}
