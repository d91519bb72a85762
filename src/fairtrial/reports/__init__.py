"""Reports: text for a terminal, Markdown, HTML, JSON, tables for analysts, timelines and the
words and phrases they share in every language."""
