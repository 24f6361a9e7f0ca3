package io.github.articlekit.core;

import io.github.articlekit.testing.ReferenceText;

/**
 * The reference article ({@link ReferenceText}, a copy of the shipped sample
 * {@code 000_e5549e3a27514e14.txt}) built by hand, as the parser should produce it from the text.
 *
 * <p>The text is 69 lines: the title (line 1), a blank line, the heading list (lines 3-14), then
 * twelve sections whose heading lines are 15, 19, ..., 61 (line 15 repeats the list's first entry;
 * it is the first section's heading), each heading followed by a blank line and one paragraph line;
 * section 3 also has a {@code LIRE AUSSI : ...} cross-link on line 27. Lines 65 and 69 are
 * boilerplate; line 67 holds a lone no-break space (blank). The file has no final line break.
 *
 * <p>Spans: 0-based UTF-16 offsets into the file's text decoded as UTF-8 (the text has no
 * characters outside the BMP, so offsets are also code point indices), end exclusive; lines are
 * 1-based. A block's span covers its line's content; a section's span runs from its heading's first
 * character to the end of its last block. {@code ReferenceArticleTest} checks every one.
 */
final class ReferenceArticle {
  /** The resource holding the golden JSON of {@link #build()}. */
  static final String JSON_RESOURCE = "reference/reference.json";

  private ReferenceArticle() {}

  /** @return the reference text, decoded as UTF-8 */
  static String text() {
    return ReferenceText.text();
  }

  /** @return the reference article, with its spans */
  static Article build() {
    return Article.builder()
        .title("La Corée du Sud exige le retrait des troupes nord-coréennes de Russie")
        .addHeadings("Un conflit diplomatique")
        .addHeadings("Une rencontre en haut lieu")
        .addHeadings("Des troupes en Russie")
        .addHeadings("Une aggravation de la situation")
        .addHeadings("Déployer toutes les ressources")
        .addHeadings("L'intervention de l'OTAN")
        .addHeadings("La réaction côté russe")
        .addHeadings("Les préoccupations de la Corée du Sud")
        .addHeadings("La détérioration des relations")
        .addHeadings("Une coopération économique prospère")
        .addHeadings("Des projets stratégiques")
        .addHeadings("Un pas en arrière significatif")
        // section 1: lines 15-17
        .addSections(section("Un conflit diplomatique", span(15, 17, 416, 646),
            paragraph("Dernier revers en date dans les relations bilatérales, le gouvernement sud-coréen a convoqué l'ambassadeur russe pour se plaindre de l'intensification de la coopération militaire entre Moscou et Pyongyang.",
                span(17, 17, 441, 646))))
        // section 2: lines 19-21
        .addSections(section("Une rencontre en haut lieu", span(19, 21, 648, 882),
            paragraph("Selon AP News, le vice-ministre sud-coréen des Affaires étrangères, Kim Hong Kyun, a rencontré l'ambassadeur russe. Le pays a également exigé que toutes les troupes nord-coréennes soient retirées de Russie.",
                span(21, 21, 676, 882))))
        // section 3: lines 23-27
        .addSections(section("Des troupes en Russie", span(23, 27, 884, 1329),
            paragraph("Quelques jours auparavant, l'agence de renseignement du pays a déclaré qu'elle confirmait que la Corée du Nord avait envoyé plus de 1 000 soldats pour aider la Russie dans sa guerre contre l'Ukraine. L'agence de Zelensky a fait de même. Depuis lors, ce sont les États-Unis qui ont confirmé ces dires.",
                span(25, 25, 907, 1207)),
            crossLink("LIRE AUSSI",
                "Confirmation du secrétaire américain à la Défense : des troupes nord-coréennes sont en route pour l'Ukraine",
                span(27, 27, 1209, 1329))))
        // section 4: lines 29-31
        .addSections(section("Une aggravation de la situation", span(29, 31, 1331, 1608),
            paragraph("Si ces informations se confirment, la Corée du Nord sera le premier pays tiers à s'engager militairement dans le conflit entre l'Ukraine et la Russie, exacerbant ainsi la confrontation entre le régime de Kim Jong-un et les nations occidentales.",
                span(31, 31, 1364, 1608))))
        // section 5: lines 33-35
        .addSections(section("Déployer toutes les ressources", span(33, 35, 1610, 1909),
            paragraph("Le ministère sud-coréen des Affaires étrangères a déclaré qu'il envisageait toutes les possibilités pour faire face à ce qu'il considère comme une menace de la part de la Russie. Selon The Guardian, Séoul envisage pour la première fois d'envoyer des armes en Ukraine.",
                span(35, 35, 1642, 1909))))
        // section 6: lines 37-39
        .addSections(section("L'intervention de l'OTAN", span(37, 39, 1911, 2223),
            paragraph("L'agence de presse a indiqué que le président sud-coréen Yoon Suk Yeol avait promis au secrétaire général de l'OTAN, Mark Rutte, d'envoyer une délégation avec des informations du renseignement. Rutte a déclaré que si cette promesse était confirmée, cela signifierait une grave escalade.",
                span(39, 39, 1937, 2223))))
        // section 7: lines 41-43
        .addSections(section("La réaction côté russe", span(41, 43, 2225, 2407),
            paragraph("L'ambassadeur de Russie, Georgy Zinoviev, a déclaré que l'accord de coopération militaire signé entre le Kremlin et Pyongyang ne menaçait pas la Corée du Sud.",
                span(43, 43, 2249, 2407))))
        // section 8: lines 45-47
        .addSections(section("Les préoccupations de la Corée du Sud", span(45, 47, 2409, 2632),
            paragraph("Néanmoins, le gouvernement sud-coréen s'est dit préoccupé par le fait que la Russie fournisse des technologies permettant de renforcer les programmes nucléaires et de missiles du Nord.",
                span(47, 47, 2448, 2632))))
        // section 9: lines 49-51
        .addSections(section("La détérioration des relations", span(49, 51, 2634, 2833),
            paragraph("Cet échange n'est que le dernier chapitre de la détérioration des relations entre la Russie et la Corée du Sud depuis le début de la guerre en Ukraine il y a deux ans.",
                span(51, 51, 2666, 2833))))
        // section 10: lines 53-55
        .addSections(section("Une coopération économique prospère", span(53, 55, 2835, 3086),
            paragraph("Selon le Center for Strategic & International Studies, la Corée du Sud et la Russie avaient une coopération économique saine avant l'invasion. Les échanges tant d'importations que d'exportations étaient importants.",
                span(55, 55, 2872, 3086))))
        // section 11: lines 57-59
        .addSections(section("Des projets stratégiques", span(57, 59, 3088, 3365),
            paragraph("Les deux pays ont également coopéré dans le domaine des infrastructures stratégiques. La Russie considère la Corée du Sud comme son accès privilégié au Pacifique, et Séoul considère Moscou comme un partenaire de choix dans ses projets de connectivité.",
                span(59, 59, 3114, 3365))))
        // section 12: lines 61-63
        .addSections(section("Un pas en arrière significatif", span(61, 63, 3367, 3646),
            paragraph("Après l'invasion de l'Ukraine par la Russie, la Corée du Sud a participé aux sanctions prises par les États-Unis à l'encontre de Moscou. Séoul s'est donc naturellement rapprochée de Kyiv, tandis que Moscou se tourne de plus en plus vers Pyongyang.",
                span(63, 63, 3399, 3646))))
        .addBoilerplate(boilerplate("Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur \"Suivre\" pour ne rien manquer !",
            span(65, 65, 3648, 3757)))
        .addBoilerplate(boilerplate("Et aussi",
            span(69, 69, 3762, 3770)))
        .build();
  }

  private static SourceSpan span(int startLine, int endLine, int startOffset, int endOffset) {
    return SourceSpan.of(startLine, endLine, startOffset, endOffset);
  }

  private static Section section(String heading, SourceSpan span, Block... blocks) {
    return Section.builder().heading(heading).addBlocks(blocks).span(span).build();
  }

  private static Paragraph paragraph(String text, SourceSpan span) {
    return Paragraph.builder().text(text).span(span).build();
  }

  private static CrossLink crossLink(String label, String title, SourceSpan span) {
    return CrossLink.builder().label(label).title(title).span(span).build();
  }

  private static Boilerplate boilerplate(String text, SourceSpan span) {
    return Boilerplate.builder().text(text).span(span).build();
  }
}
