export { GeoError, type GeoErrorCode } from './geo-error.js';
export {
  type CityRow,
  CountryRow,
  citiesFilePath,
  GeoFile,
  geoFilePath,
  parseCities,
  parseCityRow,
  readCities,
  readGeoFile,
} from './geo-file.js';
export { geoKey, withoutArticle } from './key.js';
export { createGeo, type Geo, loadGeo } from './load-geo.js';
export { isCityMention } from './stop-policy.js';
export type { City, GeoLang, GeoPhrase, Guard, LetterCase, PhraseKind } from './types.js';
