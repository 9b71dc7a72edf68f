// The screens, one call each: home, articles, an article, helplines,
// search, languages.
package org.haven.journeys

import org.haven.core.ArticleFilter
import org.haven.core.Block
import org.haven.core.Category
import org.haven.core.Direction

fun contentJourneys(r: Runner) {
    r.journey("home shows urgent helplines for GB and the categories") {
        Fixture().use { haven ->
            val home = haven.home()
            check(home.title.isNotBlank()) { "home has a title" }
            check(home.region?.code == "GB") { "region from the device: ${home.region}" }
            check(home.urgentHelplines.isNotEmpty() && home.urgentHelplines.all { it.emergency }) { "urgent helplines" }
            check(home.urgentHelplines.any { h -> h.channels.any { it.uri == "tel:999" } }) { "999 is one tap away" }
            check(home.categories.isNotEmpty()) { "categories" }
        }
    }

    r.journey("articles list, filtered by category") {
        Fixture().use { haven ->
            val all = haven.articles(ArticleFilter())
            check(all.items.size >= 15) { "built-in articles: ${all.items.size}" }
            val signs = haven.articles(ArticleFilter(category = Category.SIGNS))
            check(signs.items.isNotEmpty() && signs.items.all { it.category == Category.SIGNS }) { "signs only" }
        }
    }

    r.journey("an article by id has a body of blocks") {
        Fixture().use { haven ->
            val id = haven.articles(ArticleFilter()).items.first().id
            val article = haven.article(id)
            check(article.id == id && article.title.isNotBlank()) { "the article asked for" }
            check(article.blocks.size > 3) { "a real body: ${article.blocks.size} blocks" }
            check(article.blocks.any { it is Block.Paragraph }) { "paragraphs" }
            check(article.contentLocale.direction == Direction.LTR) { "English runs left to right" }
        }
    }

    r.journey("helplines for GB include the Modern Slavery Helpline") {
        Fixture().use { haven ->
            val view = haven.helplines("GB")
            val numbers = view.items.flatMap { h -> h.channels.map { it.display } }
            check(numbers.contains("08000 121 700")) { "08000 121 700 in $numbers" }
            check(view.items.first().emergency) { "emergency services first" }
        }
    }

    r.journey("search finds hits with highlight ranges, and hostile text is only text") {
        Fixture().use { haven ->
            val view = haven.search("helpline")
            val hits = view.articles + view.helplines
            check(hits.isNotEmpty()) { "hits for 'helpline'" }
            val ranges = hits.flatMap { listOf(it.title, it.snippet) }.filter { it.highlights.isNotEmpty() }
            check(ranges.isNotEmpty()) { "some hit is highlighted" }
            for (h in ranges) {
                val chars = h.text.codePointCount(0, h.text.length).toUInt()
                check(h.highlights.all { it.start < it.end && it.end <= chars }) { "ranges inside the text" }
            }
            val hostile = haven.search("\"AND OR * : NEAR(")
            check(hostile.summary != null) { "a hostile query returns a view" }
        }
    }

    r.journey("set_language(uk) changes the home title") {
        Fixture().use { haven ->
            val english = haven.home().title
            haven.setLanguage("uk")
            val home = haven.home()
            check(home.locale.tag == "uk") { "UI in Ukrainian: ${home.locale.tag}" }
            check(home.title != english) { "title translated" }
        }
    }

    r.journey("languages are listed by their own names") {
        Fixture().use { haven ->
            val view = haven.languages()
            val endonyms = view.items.map { it.endonym }
            check("English" in endonyms && "Українська" in endonyms) { "endonyms: $endonyms" }
            check(view.followsDevice) { "no choice made yet" }
        }
    }

    r.journey("regions and shell strings come in one call each") {
        Fixture().use { haven ->
            check(haven.regions().items.any { it.code == "GB" }) { "GB has helplines" }
            check(haven.shellStrings().quickExit.isNotBlank()) { "the exit control is labelled" }
        }
    }
}
