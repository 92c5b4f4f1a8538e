// Why this file exists: the word lists that realistic surrogates draw from, written for phiscrub (common given names,
// surnames and place words are facts, not licensed data); kept small (a few KB) because the "." entry ships to browsers.

const split = (s: string): readonly string[] => Object.freeze(s.split(" "));

export const GIVEN_NAMES = split(
  "Aaron Abigail Adam Adrian Alan Albert Alice Alma Amber Amos Andrea Angela Anita Arthur Audrey Barbara Beatrice " +
    "Bernard Bertha Beverly Blake Bonnie Bradley Brenda Bruce Calvin Camille Carla Carmen Cecil Celia Chester Clara " +
    "Clifford Colin Cora Craig Daisy Dale Daniel Darlene Dean Delia Denise Derek Dolores Donald Doris Douglas Edgar " +
    "Edith Edwin Eileen Elaine Elliott Elsie Emmett Esther Ethel Eugene Evelyn Felix Fiona Floyd Frances Gavin Gerald " +
    "Gilbert Gladys Glenn Gordon Grace Gwen Harold Harriet Hazel Hector Helen Herbert Hilda Homer Hugo Ida Imogen Irene " +
    "Irving Isaac Ivan Jasper Jean Jerome Joan Joel Josie Judith June Kendall Kent Lainey Lenora Leon Leslie Lionel " +
    "Lloyd Lois Lorraine Lowell Lucille Luther Mabel Malcolm Marcia Marian Marvin Mavis Maxine Melvin Mildred Milton " +
    "Miriam Morris Myra Nadine Nelson Nora Norman Olive Opal Oscar Otis Pauline Pearl Percy Phyllis Quentin Ralph " +
    "Ramona Rhoda Roderick Rosalind Roscoe Ruth Rufus Sadie Selma Sidney Silas Sylvia Thelma Theodore Tobias Trudy " +
    "Ursula Velma Vernon Vivian Wallace Wanda Warren Wilma Winifred Yvonne Zelda",
);

export const SURNAMES = split(
  "Abernathy Ackerly Aldridge Ambrose Ashcombe Bainbridge Barlowe Beckett Bellamy Birchall Blakemore Bramley " +
    "Brinkley Calloway Carrow Castellan Chadwick Colfax Corliss Crandall Dalby Danforth Delacourt Dunmore Eastwick " +
    "Ellery Emberton Farrow Fenwick Fairbank Galloway Garland Glenister Goodridge Greaves Halloran Hartwell Haskett " +
    "Hollins Huxley Ingram Iverson Jessop Keating Kendrick Kingsley Lachlan Lambert Langford Latimer Lindqvist " +
    "Lockhart Maddox Marchetti Merriweather Montrose Northcott Oakley Okafor Ormsby Pemberton Pennock Prescott Quimby " +
    "Radcliffe Ravensworth Redfern Rowntree Rutledge Salazar Sheffield Sinclair Stanhope Sterling Sutcliffe Tallis " +
    "Thackeray Thornbury Tillman Treadwell Underhill Upton Vance Varga Wainwright Waverly Westbrook Whitlock " +
    "Wilberforce Winslow Woodhouse Yardley Yates Zeller Albrecht Balogun Castillo Delgado Estrada Fujimoto Gallardo " +
    "Haddad Ibarra Jovanovic Kowalczyk Lindgren Moreau Nakashima Novak Oyelaran Petrakis Quintero Rasmussen Szabo " +
    "Takahashi Valdez Whitcombe",
);

export const STREET_NAMES = split(
  "Acorn Alder Amberly Ashgrove Aspen Birchwood Bramble Briar Brookside Cedar Chestnut Clover Cobblestone Cypress " +
    "Dogwood Elmhurst Fernwood Foxglove Glenview Hawthorn Hazelnut Heather Hickory Holly Juniper Lakeview Larkspur " +
    "Laurel Linden Magnolia Maple Meadowlark Mulberry Oakmont Orchard Pinecrest Primrose Quarry Redbud Ridgeline " +
    "Riverbend Rosewood Sagebrush Sassafras Spruce Stonegate Sycamore Thistle Timberline Tulip Willow Wisteria " +
    "Woodland Yarrow",
);

export const PLACE_NAMES = split(
  "Ashford Barrowfield Bellbrook Birchport Brightwater Cedarville Clearhaven Coldspring Crestmoor Deerfield Eastmere " +
    "Elmstead Fairhollow Fallbrook Fernhill Foxborough Glenmore Goldcrest Greenhaven Hartfield Hazelton Highmoor " +
    "Hollowmere Ivydale Kingsbridge Lakemont Larchmont Linwood Maplecrest Marshfield Meadowbrook Millbrook Northgate " +
    "Oakhurst Pinehaven Quailridge Redmere Ridgefield Riverton Rosedale Sandhaven Silverlake Southmere Springvale " +
    "Stonebridge Summerfield Thornwood Valleyview Westbrook Whitmore Willowdale Windermere Woodhaven Yellowpine",
);

/**
 * Words of a location or facility that are kept as written ("12 Main St Apt 4" keeps "St" and "Apt"): street types,
 * unit designators, directions and facility words carry no identity. Lower case.
 */
export const LOCATION_KEEP = new Set(
  (
    "st street ave avenue rd road blvd boulevard dr drive ln lane ct court pl place way ter terrace cir circle pkwy " +
    "parkway hwy highway sq square trl trail aly alley apt apartment unit suite ste fl floor bldg building rm room " +
    "po p o box lot n s e w ne nw se sw north south east west upper lower the of and at " +
    "hospital medical center centre clinic health healthcare memorial general university regional community " +
    "county city town village institute care nursing home rehabilitation rehab hospice pharmacy laboratory lab " +
    "children's childrens women's womens veterans va saint st. mount mt heights park " +
    // Spanish (MEDDOCAN-style notes): street types, unit words, articles
    "calle avenida avda paseo plaza pza carretera ctra camino ronda travesía travesia rambla glorieta piso puerta " +
    "bajo escalera portal nº hospital clínica clinica centro de salud del la las los el y"
  ).split(" "),
);

/** Street types written before the street name ("Calle Mayor"): the run after one is a street name. */
export const STREET_TYPES_BEFORE = new Set(
  "calle avenida avda paseo plaza pza carretera ctra camino ronda travesía travesia rambla glorieta".split(" "),
);

/** Street-type words: a run of replaced words just before one of these is a street name. */
export const STREET_TYPES = new Set(
  "st street ave avenue rd road blvd boulevard dr drive ln lane ct court pl place way ter terrace cir circle pkwy parkway hwy highway sq square trl trail aly alley".split(
    " ",
  ),
);

/** RFC 2606 / RFC 6761 reserved domains: a surrogate email or URL can never reach a real mailbox or site. */
export const SAFE_DOMAINS = split("example.com example.org example.net");
