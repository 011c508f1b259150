// Place names that news writes as capitalised runs the gazetteer does not list (it lists states
// and their capitals): regions, sub-national states and provinces, large cities. Written from
// general knowledge. A place is never a speaker nor the referent of "he" or "she"; matched on the
// whole name, lower case ("New Hampshire", "Middle East", "NEW YORK" in a dateline).

const lines = (list: string): string[] =>
  list
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);

export const PLACE_NAMES: ReadonlySet<string> = new Set(
  lines(`
  Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho
  Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota
  Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, New York State
  North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota
  Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, District of Columbia, Puerto Rico, Guam
  New York City, Los Angeles, San Francisco, San Diego, San Jose, San Antonio, Las Vegas, New Orleans, Des Moines
  Kansas City, Salt Lake City, Oklahoma City, Jersey City, St. Louis, St. Paul, St. Petersburg, Fort Lauderdale
  Palm Beach, West Palm Beach, Long Island, Staten Island, Chicago, Houston, Philadelphia, Phoenix, Dallas, Detroit
  Boston, Seattle, Denver, Atlanta, Miami, Baltimore, Milwaukee, Minneapolis, Cleveland, Cincinnati, Pittsburgh
  Brooklyn, Manhattan, Queens, the Bronx, Harlem, Sacramento, Orlando, Tampa, Nashville, Memphis, Louisville
  Indianapolis, Columbus, Charlotte, Raleigh, Richmond, Norfolk, Albuquerque, Tucson, Omaha, Honolulu, Anchorage
  Ontario, Quebec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland
  Toronto, Montreal, Vancouver, Calgary, Sydney, Melbourne, Brisbane, Perth, Auckland, Mumbai, Kolkata, Chennai
  Bangalore, Karachi, Lahore, Peshawar, Shanghai, Hong Kong, Guangzhou, Shenzhen, Osaka, Istanbul, Dubai, Abu Dhabi
  Sao Paulo, São Paulo, Rio de Janeiro, Buenos Aires, Johannesburg, Cape Town, Lagos, Casablanca, Alexandria, Jeddah
  Aleppo, Homs, Idlib, Raqqa, Mosul, Fallujah, Basra, Benghazi, Misrata, Kandahar, Herat, Gaza City, Hebron
  Manchester, Liverpool, Birmingham, Glasgow, Edinburgh, Milan, Naples, Munich, Hamburg, Frankfurt, Barcelona
  Middle East, Near East, Far East, South Asia, East Asia, Southeast Asia, Central Asia, North Africa, West Africa
  East Africa, Southern Africa, Sub-Saharan Africa, Horn of Africa, Latin America, Central America, South America
  North America, Western Europe, Eastern Europe, Central Europe, Northern Europe, Southern Europe, the Balkans
  the Caucasus, Scandinavia, the Caribbean, the Arctic, Antarctica, Persian Gulf, Gulf of Mexico, Pacific Rim
  Asia Pacific, Asia-Pacific, Indo-Pacific, Eurasia, the Sahel, the Levant, Kurdistan, Iraqi Kurdistan, Donbas
  Midwest, Mid-Atlantic, New England, the Deep South, Appalachia, Rust Belt, Sun Belt, Bible Belt, the West Coast
  the East Coast, Gulf Coast, Silicon Valley, Wall Street, Main Street, Capitol Hill, Pennsylvania Avenue
  Times Square, Central Park, National Mall, Ground Zero, Twin Cities, Bay Area, Upper East Side, Lower Manhattan
`).map((name) => name.replace(/^the\s+/, '')),
);
