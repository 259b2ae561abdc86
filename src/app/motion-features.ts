// Loaded lazily by <LazyMotion>: the animation engine is not part of the first paint.
export { domAnimation as default } from 'framer-motion';
