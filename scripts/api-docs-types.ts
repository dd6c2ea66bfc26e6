// The result type of every channel, read from the contract's TypeScript types (the phantom `R` of
// `channel<R>()`), with the fields of object results one level deep. Results have no run-time
// schema (main produces them), so the type checker is the only true source for their shape.
import path from 'node:path'
import ts from 'typescript'

export interface ResultDoc {
  /** The result type as written, e.g. `PlayerView | null`. */
  type: string
  /** The fields of the (non-null, element) object type: name, type, optional. */
  fields: { name: string; type: string; optional: boolean }[]
}

const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteArrayAsGenericType

export function resultDocs(contractDir: string): Map<string, ResultDoc> {
  const entry = path.join(contractDir, 'index.ts')
  const program = ts.createProgram([entry], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
    types: []
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  const contract =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'contract')
  if (!source || !contract) throw new Error(`no exported contract in ${entry}`)
  const out = new Map<string, ResultDoc>()
  for (const channel of checker.getTypeOfSymbolAtLocation(contract, source).getProperties()) {
    const def = checker.getTypeOfSymbolAtLocation(channel, source)
    const marker = def.getProperty('__result')
    if (!marker) throw new Error(`${channel.name} has no result type`)
    const result = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(marker, source))
    out.set(channel.name, {
      type: show(checker, result),
      fields: fieldsOf(checker, result, source)
    })
  }
  return out
}

function show(checker: ts.TypeChecker, type: ts.Type): string {
  return checker.typeToString(type, undefined, FLAGS)
}

function fieldsOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node): ResultDoc['fields'] {
  let object = checker.getNonNullableType(type)
  if (object.isUnion()) {
    const parts = object.types.filter((t) => !(t.flags & ts.TypeFlags.Null))
    if (parts.length !== 1) return []
    object = parts[0]!
  }
  if (checker.isArrayType(object)) object = checker.getTypeArguments(object as ts.TypeReference)[0]!
  const shaped = object.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)
  if (!shaped || checker.isTupleType(object)) return []
  return checker.getPropertiesOfType(object).map((p) => ({
    name: p.name,
    type: show(checker, checker.getTypeOfSymbolAtLocation(p, at)).replace(/\s+/g, ' '),
    optional: (p.flags & ts.SymbolFlags.Optional) !== 0
  }))
}
