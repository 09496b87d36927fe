export { ru as messages } from './ru';
