/** Any place without a drawing: a wall, a floor and a pool of light, nothing to read. */
export function NeutralBackdrop() {
  return <div className="backdrop backdrop--neutral" data-backdrop="neutral" aria-hidden="true" />;
}
