-- Sections per article
SELECT source, title, size(sections) AS sections
FROM articles
ORDER BY sections DESC, source;

-- The most frequent section headings
SELECT section.heading, count(*) AS articles
FROM articles LATERAL VIEW explode(sections) AS section
GROUP BY section.heading
ORDER BY articles DESC, section.heading
LIMIT 10;

-- Cross-links per label
SELECT block.label, count(*) AS crossLinks, count(DISTINCT source) AS articles
FROM articles LATERAL VIEW explode(flatten(concat(array(lead), transform(sections, s -> s.blocks)))) AS block
WHERE block.type = 'crossLink'
GROUP BY block.label
ORDER BY crossLinks DESC, block.label;
