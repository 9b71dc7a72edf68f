// The article list and one article, drawn block by block from the core's
// structured body (no HTML, no web view).
package org.haven.app.ui

import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.Screen
import org.haven.core.Block
import org.haven.core.Span

@Composable
fun ArticlesScreen(state: UiState.Articles, actions: ShellActions) {
    ScreenFrame(state.shell, state.view.title, onBack = actions::back, actions = actions) {
        if (state.view.items.isEmpty()) Text(state.view.emptyText)
        LazyColumn {
            items(state.view.items, key = { it.id }) { a ->
                ListEntry(a.title, a.summary) { actions.navigate(Screen.Article(a.id)) }
            }
        }
    }
}

@Composable
fun ArticleScreen(state: UiState.Article, actions: ShellActions) {
    val view = state.view
    ScreenFrame(state.shell, view.categoryLabel, onBack = actions::back, actions = actions) {
        // The body is in the content's language, which may run the other way from the UI.
        Directional(view.contentLocale) {
            LazyColumn {
                item {
                    Text(view.title, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
                }
                listOfNotNull(view.reviewNotice, view.fallbackNotice).forEach { notice -> item { Text(notice) } }
                item { Text(view.summary, style = MaterialTheme.typography.bodyLarge) }
                items(view.blocks) { BlockView(it) }
            }
        }
    }
}

@Composable
private fun BlockView(block: Block) {
    when (block) {
        is Block.Heading -> Text(
            spans(block.spans),
            style = if (block.level <= 2u) MaterialTheme.typography.titleLarge else MaterialTheme.typography.titleMedium,
            modifier = Modifier.padding(top = 12.dp).semantics { heading() },
        )
        is Block.Paragraph -> Text(spans(block.spans), modifier = Modifier.padding(vertical = 4.dp))
        is Block.ItemList -> Column {
            block.items.forEachIndexed { i, item ->
                Row {
                    // List markers are digits and a bullet; they read the same in every language.
                    Text(if (block.ordered) "${block.start + i.toULong()}." else "•", modifier = Modifier.padding(end = 8.dp))
                    Column { item.forEach { BlockView(it) } }
                }
            }
        }
        is Block.Quote -> Column(Modifier.padding(start = 16.dp)) { block.blocks.forEach { BlockView(it) } }
        Block.Rule -> HorizontalDivider(Modifier.padding(vertical = 8.dp))
    }
}

private fun spans(spans: List<Span>): AnnotatedString = buildAnnotatedString {
    for (s in spans) {
        val style = SpanStyle(
            fontWeight = if (s.strong) FontWeight.Bold else null,
            fontStyle = if (s.emphasis) FontStyle.Italic else null,
            fontFamily = if (s.code) FontFamily.Monospace else null,
            textDecoration = if (s.link != null) TextDecoration.Underline else null,
        )
        withStyle(style) { append(s.text) }
    }
}
