// The licence notice every generated file carries in its header (without the
// comment marker): the generated-output exception of this package's LICENSE.
// components/FileHeader.js and runtime/*.ts spell it out (test/licence.test.js
// checks every generated file carries it).

const GENERATED_NOTICE =
  'You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).';

export { GENERATED_NOTICE };
