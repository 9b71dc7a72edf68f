"""The screens, one call each: home, articles, an article, helplines,
search, languages."""

import haven
from runner import Fixture, check


def run(r):
    def home_shows_urgent_help():
        with Fixture() as f:
            home = f.open().home()
            check(home.title.strip(), "home has a title")
            check(home.region is not None and home.region.code == "GB", f"region from the device: {home.region}")
            check(home.urgent_helplines and all(h.emergency for h in home.urgent_helplines), "urgent helplines")
            check(any(c.uri == "tel:999" for h in home.urgent_helplines for c in h.channels), "999 is one tap away")
            check(home.categories, "categories")

    def articles_list():
        with Fixture() as f:
            app = f.open()
            every = app.articles(haven.ArticleFilter())
            check(len(every.items) >= 15, f"built-in articles: {len(every.items)}")
            signs = app.articles(haven.ArticleFilter(category=haven.Category.SIGNS))
            check(signs.items and all(a.category == haven.Category.SIGNS for a in signs.items), "signs only")

    def an_article_has_blocks():
        with Fixture() as f:
            app = f.open()
            first = app.articles(haven.ArticleFilter()).items[0].id
            article = app.article(first)
            check(article.id == first and article.title.strip(), "the article asked for")
            check(len(article.blocks) > 3, f"a real body: {len(article.blocks)} blocks")
            check(any(b.is_PARAGRAPH() for b in article.blocks), "paragraphs")
            check(article.content_locale.direction == haven.Direction.LTR, "English runs left to right")

    def helplines_for_gb():
        with Fixture() as f:
            view = f.open().helplines("GB")
            numbers = [c.display for h in view.items for c in h.channels]
            check("08000 121 700" in numbers, f"08000 121 700 in {numbers}")
            check(view.items[0].emergency, "emergency services first")

    def search_highlights_and_hostile_text():
        with Fixture() as f:
            app = f.open()
            view = app.search("helpline")
            hits = view.articles + view.helplines
            check(hits, "hits for 'helpline'")
            marked = [t for h in hits for t in (h.title, h.snippet) if t.highlights]
            check(marked, "some hit is highlighted")
            for t in marked:
                check(all(r.start < r.end <= len(t.text) for r in t.highlights), "ranges inside the text")
            hostile = app.search('"AND OR * : NEAR(')
            check(hostile.summary is not None, "a hostile query returns a view")

    def language_changes_home():
        with Fixture() as f:
            app = f.open()
            english = app.home().title
            app.set_language("uk")
            home = app.home()
            check(home.locale.tag == "uk", f"UI in Ukrainian: {home.locale.tag}")
            check(home.title != english, "title translated")

    def languages_by_endonym():
        with Fixture() as f:
            view = f.open().languages()
            endonyms = [item.endonym for item in view.items]
            check("English" in endonyms and "Українська" in endonyms, f"endonyms: {endonyms}")
            check(view.follows_device, "no choice made yet")

    def regions_and_shell_strings():
        with Fixture() as f:
            app = f.open()
            check(any(i.code == "GB" for i in app.regions().items), "GB has helplines")
            check(app.shell_strings().quick_exit.strip(), "the exit control is labelled")

    r.journey("home shows urgent helplines for GB and the categories", home_shows_urgent_help)
    r.journey("articles list, filtered by category", articles_list)
    r.journey("an article by id has a body of blocks", an_article_has_blocks)
    r.journey("helplines for GB include the Modern Slavery Helpline", helplines_for_gb)
    r.journey("search finds hits with highlight ranges, and hostile text is only text", search_highlights_and_hostile_text)
    r.journey("set_language(uk) changes the home title", language_changes_home)
    r.journey("languages are listed by their own names", languages_by_endonym)
    r.journey("regions and shell strings come in one call each", regions_and_shell_strings)
