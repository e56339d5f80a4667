/** Which of a worker's pay rates a community pays (PAY_CLASSES). */
import { KIND_CODE } from '../flatten';

const RURAL = KIND_CODE.rural;
/** A community's pay class (PAY_CLASSES): 0 urban, 1 rural; 2 is a street station. */
export const payClassOf = (kind: number): number => (kind === RURAL ? 1 : 0);
