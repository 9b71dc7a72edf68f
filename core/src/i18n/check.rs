//! The locale check: every UI locale has exactly English's messages,
//! attributes and variables; parses with no junk; uses plural categories
//! that exist in its language (CLDR); and translates everything not marked
//! as intentionally untranslated. Pushed overrides pass the same check.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Largest override source accepted.
pub const MAX_OVERRIDE_BYTES: usize = 64 * 1024;

/// A problem at a line of an `.ftl` source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlProblem {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for FtlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Whether a source must hold every English message (a shipped locale) or
/// may hold some (an override pushed in a pack).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    Complete,
    Partial,
}

/// What the check needs to know of one message.
#[derive(Debug, Default)]
struct Shape {
    line: usize,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Keys of selectors that choose by plural category.
    plural_keys: Vec<String>,
    /// The value as written, for the "left in English" check.
    text: String,
    untranslated_ok: bool,
}

const CATEGORY_NAMES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Checks `source` (the `.ftl` of `locale`) against `english`.
pub fn check_ftl(locale: &str, source: &str, english: &str, coverage: Coverage) -> Vec<FtlProblem> {
    let mut problems = Vec::new();
    let (shapes, mut parse_problems) = message_shapes(source);
    problems.append(&mut parse_problems);
    let (reference, _) = message_shapes(english);
    if coverage == Coverage::Complete && !source.lines().any(|l| l.trim_start().starts_with("# review-status:")) {
        problems.push(FtlProblem {
            line: 1,
            reason: "no `# review-status:` comment (original, machine or reviewed)".into(),
        });
    }
    let categories = plural_categories(locale);
    for (id, shape) in &shapes {
        let Some(english) = reference.get(id) else {
            problems.push(FtlProblem { line: shape.line, reason: format!("message {id} does not exist in English") });
            continue;
        };
        let at = |reason: String| FtlProblem { line: shape.line, reason: format!("{id}: {reason}") };
        if shape.attributes != english.attributes {
            problems.push(at(format!("attributes {:?}, English has {:?}", shape.attributes, english.attributes)));
        }
        if shape.variables != english.variables {
            problems.push(at(format!("variables {:?}, English has {:?}", shape.variables, english.variables)));
        }
        for key in &shape.plural_keys {
            if !categories.iter().any(|c| c == key) {
                problems
                    .push(at(format!("plural category [{key}] does not exist in {locale} (it has {categories:?})")));
            }
        }
        if locale != "en"
            && shape.text == english.text
            && !shape.text.is_empty()
            && !shape.untranslated_ok
            && !english.untranslated_ok
        {
            problems.push(at("left identical to English; translate it or mark it `# untranslated: <why>`".into()));
        }
    }
    if coverage == Coverage::Complete {
        for (id, english) in &reference {
            if !shapes.contains_key(id) {
                problems.push(FtlProblem {
                    line: english.line,
                    reason: format!("message {id} is missing (line of the English one)"),
                });
            }
        }
    }
    problems.sort_by_key(|p| p.line);
    problems
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

fn message_shapes(source: &str) -> (BTreeMap<String, Shape>, Vec<FtlProblem>) {
    let mut problems = Vec::new();
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for e in errors {
                problems.push(FtlProblem {
                    line: line_of(source, e.pos.start),
                    reason: format!("syntax error: {:?}", e.kind),
                });
            }
            resource
        }
    };
    let mut shapes = BTreeMap::new();
    // Entries carry no positions: find each message's line by its id at the start of a line.
    let line_index: BTreeMap<&str, usize> = source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once('=').map(|(id, _)| (id.trim(), i + 1)))
        .filter(|(id, _)| !id.is_empty() && !id.starts_with('#') && !id.starts_with('.'))
        .collect();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let mut shape = Shape { line: *line_index.get(id.as_str()).unwrap_or(&0), ..Shape::default() };
                shape.untranslated_ok = message
                    .comment
                    .as_ref()
                    .is_some_and(|c| c.content.iter().any(|l| l.trim_start().starts_with("untranslated")));
                if let Some(value) = &message.value {
                    walk(value, &mut shape);
                    shape.text = pattern_text(value);
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_owned());
                    walk(&attribute.value, &mut shape);
                }
                if shapes.insert(id.clone(), shape).is_some() {
                    problems.push(FtlProblem {
                        line: *line_index.get(id.as_str()).unwrap_or(&0),
                        reason: format!("duplicate message {id}"),
                    });
                }
            }
            Entry::Junk { content } => {
                let offset = source.find(content).unwrap_or(0);
                problems.push(FtlProblem { line: line_of(source, offset), reason: "unparsable entry (junk)".into() });
            }
            _ => {}
        }
    }
    (shapes, problems)
}

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_walk(expression, shape);
        }
    }
}

fn expression_walk(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_walk(inline, shape),
        Expression::Select { selector, variants } => {
            inline_walk(selector, shape);
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // A selector with any CLDR category name chooses by plural category.
            if keys.iter().any(|k| CATEGORY_NAMES.contains(&k.as_str())) {
                shape.plural_keys.extend(keys);
            }
            for variant in variants {
                walk(&variant.value, shape);
            }
        }
    }
}

fn inline_walk(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_walk(arg, shape);
            }
        }
        InlineExpression::Placeable { expression } => expression_walk(expression, shape),
        _ => {}
    }
}

/// The words of a pattern, variants included, placeables as `{}`.
fn pattern_text(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                variants.iter().map(|v| pattern_text(&v.value)).collect::<Vec<_>>().join("|")
            }
            PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

/// The CLDR cardinal plural categories of a locale, found by asking its
/// rules about a spread of integers and decimals.
pub fn plural_categories(locale: &str) -> Vec<&'static str> {
    let Ok(langid) = locale.parse::<LanguageIdentifier>() else { return vec!["other"] };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else { return vec!["other"] };
    let mut found = BTreeSet::new();
    let samples = (0..=1_000_000u64).take(1_200).map(|n| n.to_string()).chain(
        ["1000000", "1000001", "2000000", "0.5", "1.5", "2.5", "0.1", "1.1", "2.1", "3.5", "10.5"].map(String::from),
    );
    for sample in samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            found.insert(match category {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    CATEGORY_NAMES.iter().copied().filter(|c| found.contains(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "# review-status: original\nhello = Hello { $name }\n    .title = Hi\ncount = { $n ->\n    [one] one thing\n   *[other] { $n } things\n}\n";

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(plural_categories("en"), ["one", "other"]);
        assert_eq!(plural_categories("pl"), ["one", "few", "many", "other"]);
        assert_eq!(plural_categories("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(plural_categories("zh-Hans"), ["other"]);
    }

    #[test]
    fn a_faithful_translation_passes() {
        let ro = "# review-status: machine\nhello = Salut { $name }\n    .title = Bună\ncount = { $n ->\n    [one] un lucru\n    [few] { $n } lucruri\n   *[other] { $n } de lucruri\n}\n";
        assert_eq!(check_ftl("ro", ro, EN, Coverage::Complete), vec![]);
    }

    #[test]
    fn every_kind_of_mistake_is_named_with_its_line() {
        let bad = "# review-status: machine\nhello = Salut { $nume }\ncount = { $n ->\n    [one] un\n    [two] doi\n   *[other] { $n }\n}\nextra = x\nbroken = {\n";
        let problems = check_ftl("ro", bad, EN, Coverage::Complete);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(text.iter().any(|p| p.starts_with("line 2: hello: attributes")), "{text:?}");
        assert!(text.iter().any(|p| p.starts_with("line 2: hello: variables")), "{text:?}");
        assert!(text.iter().any(|p| p.contains("[two] does not exist in ro")), "{text:?}");
        assert!(text.iter().any(|p| p.starts_with("line 8: message extra does not exist")), "{text:?}");
        assert!(text.iter().any(|p| p.contains("syntax error") || p.contains("junk")), "{text:?}");
    }

    #[test]
    fn untranslated_text_needs_a_reason() {
        let same = "# review-status: machine\nhello = Hello { $name }\n    .title = Hi\ncount = { $n ->\n    [one] one thing\n   *[other] { $n } things\n}\n";
        let problems = check_ftl("sq", same, EN, Coverage::Complete);
        assert!(problems.iter().any(|p| p.reason.contains("identical to English")), "{problems:?}");
        let marked = same.replace("hello = Hello", "# untranslated: greeting\nhello = Hello");
        let problems = check_ftl("sq", &marked, EN, Coverage::Complete);
        assert!(problems.iter().filter(|p| p.reason.contains("identical to English")).count() == 1, "{problems:?}");
    }

    #[test]
    fn overrides_may_be_partial_but_not_foreign() {
        assert_eq!(check_ftl("sq", "hello = Tungjatjeta { $name }\n    .title = Hej\n", EN, Coverage::Partial), vec![]);
        assert!(!check_ftl("sq", "nope = x\n", EN, Coverage::Partial).is_empty());
        assert!(!check_ftl("sq", "hello = Tungjatjeta\n    .title = Hej\n", EN, Coverage::Partial).is_empty());
    }

    #[test]
    fn duplicates_are_refused() {
        let dup =
            "# review-status: machine\nhello = A { $name }\n    .title = B\nhello = C { $name }\n    .title = D\n";
        assert!(check_ftl("sq", dup, EN, Coverage::Partial).iter().any(|p| p.reason.contains("duplicate")));
    }
}
