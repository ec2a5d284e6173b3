// eval in a React component: spreadsheet-like cell formulas typed by the user
import React, { useState } from 'react';

const SAFE_FUNCS = {
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  avg: (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0),
};

export function FormulaCell({ values }) {
  const [formula, setFormula] = useState('');
  let result = '';
  try {
    // expect: code-injection
    result = String(eval(formula));
  } catch (e) {
    result = '#ERR';
  }
  return (
    <div className="cell">
      <input value={formula} onChange={(e) => setFormula(e.target.value)} />
      <span>{result}</span>
      <small>{SAFE_FUNCS.sum(values)}</small>
    </div>
  );
}

export function SharedFormula({ search }) {
  const params = new URLSearchParams(search);
  // expect: code-injection
  const compute = new Function('x', 'return ' + params.get('f'));
  return <span>{compute(2)}</span>;
}

export function SafeFormula({ fn, values }) {
  const f = SAFE_FUNCS[fn] || SAFE_FUNCS.sum;
  const parsed = JSON.parse(values || '[]');
  return <span>{f(parsed)}</span>;
}
