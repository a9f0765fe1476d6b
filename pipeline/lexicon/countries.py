"""Countries by their Polish names in the nominative: a place of kind `country`."""

COUNTRIES = frozenset({
    "Polska", "Niemcy", "Czechy", "Słowacja", "Ukraina", "Litwa", "Łotwa", "Estonia", "Białoruś",
    "Rosja", "Francja", "Hiszpania", "Włochy", "Portugalia", "Austria", "Szwajcaria", "Belgia",
    "Holandia", "Dania", "Szwecja", "Norwegia", "Finlandia", "Irlandia", "Węgry", "Rumunia",
    "Bułgaria", "Chorwacja", "Słowenia", "Serbia", "Grecja", "Wielka Brytania", "Anglia", "Szkocja",
    "Islandia", "Gruzja", "Mołdawia", "Turcja", "Izrael", "Stany Zjednoczone", "Kanada", "Japonia",
    "Chiny", "Indie", "Luksemburg", "Malta", "Cypr", "Albania", "Macedonia", "Bośnia",
    "Niderlandy", "Czarnogóra", "Kosowo", "Liechtenstein", "Monako", "Andora", "Watykan", "San Marino",
    "Armenia", "Azerbejdżan", "Kazachstan", "Uzbekistan", "Mongolia", "Iran", "Irak", "Syria", "Liban", "Jordania",
    "Arabia Saudyjska", "Egipt", "Maroko", "Tunezja", "Algieria", "Libia", "Kenia", "Tanzania", "Etiopia",
    "Nigeria", "Madagaskar", "Republika Południowej Afryki", "Wietnam", "Laos", "Kambodża", "Birma", "Tajlandia",
    "Indonezja", "Malezja", "Filipiny", "Korea Południowa", "Korea Północna", "Nepal", "Pakistan", "Afganistan",
    "Australia", "Nowa Zelandia", "Meksyk", "Kuba", "Brazylia", "Argentyna", "Chile", "Peru", "Kolumbia",
    "Wenezuela", "Boliwia", "Ekwador", "Urugwaj", "Paragwaj", "Kirgistan", "Tadżykistan", "Turkmenistan",
    "Bośnia i Hercegowina", "Macedonia Północna", "Sri Lanka", "Bangladesz", "Singapur", "Tajwan", "Katar", "Kuwejt",
    "Jemen", "Oman", "Bahrajn", "Zjednoczone Emiraty Arabskie", "Sudan", "Ghana", "Senegal", "Kamerun", "Angola",
    "Mozambik", "Zambia", "Zimbabwe", "Uganda", "Rwanda", "Namibia", "Botswana", "Somalia", "Mali", "Niger", "Czad",
    "Gwinea", "Mauretania", "Kostaryka", "Panama", "Gwatemala", "Honduras", "Nikaragua", "Salwador", "Dominikana",
    "Haiti", "Jamajka",
})
