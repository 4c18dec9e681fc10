export {
  createInteractionsServer,
  type InteractionsServer,
  type InteractionsServerOptions,
} from './interactions-server.js';
export { publicKeyFromHex, verifySignature } from './verify-signature.js';
