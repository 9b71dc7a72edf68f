// Search: a private field (no keyboard learning), results with the core's
// highlight ranges (code-point offsets) drawn bold.
package org.haven.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.Screen
import org.haven.core.HighlightedText

@Composable
fun SearchScreen(state: UiState.Search, actions: ShellActions) {
    val view = state.view
    var query by remember { mutableStateOf(state.query) }
    ScreenFrame(state.shell, view.title, onBack = actions::back, actions = actions) {
        PrivateField(
            value = query,
            onChange = {
                query = it
                actions.search(it)
            },
            label = view.placeholder,
            modifier = Modifier.fillMaxWidth(),
        )
        listOfNotNull(view.summary, view.emptyText, view.englishNotice).forEach { Text(it) }
        LazyColumn {
            if (view.articles.isNotEmpty()) item { SectionTitle(view.articlesLabel) }
            items(view.articles, key = { "a-" + it.id }) { hit ->
                HitEntry(hit.title, hit.snippet) { actions.navigate(Screen.Article(hit.id)) }
            }
            if (view.helplines.isNotEmpty()) item { SectionTitle(view.helplinesLabel) }
            items(view.helplines, key = { "h-" + it.id }) { hit ->
                HitEntry(hit.title, hit.snippet) { actions.navigate(Screen.Helplines(null)) }
            }
        }
    }
}

@Composable
private fun HitEntry(title: HighlightedText, snippet: HighlightedText, onClick: () -> Unit) {
    Column(Modifier.fillMaxWidth().clickable(onClick = onClick).padding(vertical = 10.dp)) {
        Text(highlighted(title), style = MaterialTheme.typography.bodyLarge)
        Text(highlighted(snippet), style = MaterialTheme.typography.bodyMedium)
    }
}

/** The text with its highlight ranges bold; ranges count code points, as the core does. */
private fun highlighted(h: HighlightedText): AnnotatedString {
    val builder = AnnotatedString.Builder(h.text)
    for (r in h.highlights) {
        val start = h.text.offsetByCodePoints(0, r.start.toInt())
        val end = h.text.offsetByCodePoints(0, r.end.toInt())
        builder.addStyle(SpanStyle(fontWeight = FontWeight.Bold), start, end)
    }
    return builder.toAnnotatedString()
}
