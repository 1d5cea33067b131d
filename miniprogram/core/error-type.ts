// Error types written without `class … extends Error`. They date from WeChat's ES5 build, which
// turned each such class into babel's wrapNativeSuper, createSuper, inherits and seven more
// helpers (3.4 KB); the package now ships our ES2018 as written (README, "The shipped language is
// ES2018"), and the types stay as they are. A type made here builds what that build made of the
// class: a real Error (message, stack) whose prototype is the type's, with `name` and the type's
// own fields set on it in that order, so `instanceof`, `name` and every field are as a class's.
export function errorType<T extends Error, A extends unknown[]>(
  name: string,
  messageOf: (...args: A) => string,
  fill?: (e: T, ...args: A) => void,
): new (...args: A) => T {
  function Type(...args: A): T {
    const e = new Error(messageOf(...args)) as T;
    Object.setPrototypeOf(e, Type.prototype);
    e.name = name;
    if (fill) fill(e, ...args);
    return e;
  }
  Type.prototype = Object.create(Error.prototype, {
    constructor: { value: Type, writable: true, configurable: true },
  });
  return Type as unknown as new (...args: A) => T;
}
