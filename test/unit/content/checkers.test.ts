import * as assert from 'node:assert/strict';
import { checkDockerfile, checkYaml } from '../../content/checkers';

describe('dockerfile and compose checkers', () => {
  it('accepts a well-formed multi-stage Dockerfile', () => {
    const text = [
      'ARG PY=3.12',
      'FROM python:${PY}-slim AS build',
      'WORKDIR /src',
      'COPY requirements.txt .',
      'RUN pip wheel -r requirements.txt -w /wheels \\',
      '    && rm -rf /root/.cache',
      'FROM python:${PY}-slim',
      'COPY --from=build /wheels /wheels',
      'EXPOSE 8000/tcp',
      'HEALTHCHECK CMD ["python", "-c", "print(1)"]',
      'CMD ["uwsgi", "--ini", "uwsgi.ini"]',
    ].join('\n');
    assert.deepEqual(checkDockerfile(text), []);
  });

  it('reports an unknown instruction, a missing FROM, a bad port, broken exec form and empty RUN', () => {
    const problems = checkDockerfile('COPY a b\nFROM python:3.12\nFROOM x\nEXPOSE http\nCMD ["a",\nRUN\n');
    const text = problems.join('\n');
    assert.match(text, /line 1: .*FROM/);
    assert.match(text, /line 3: Unknown instruction: FROOM/);
    assert.match(text, /line 4: Invalid containerPort: http/);
    assert.match(text, /line 5: exec form is not a JSON array of strings/);
    assert.match(text, /line 6: RUN has no arguments/);
  });

  it('accepts a compose file whose services have an image or build and known dependencies', () => {
    const text = 'services:\n  web:\n    build: .\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: mysql:8.4\n';
    assert.deepEqual(checkYaml(text), []);
  });

  it('reports YAML errors, services without image/build, unknown dependencies and the obsolete version key', () => {
    assert.match(checkYaml('a: [1, 2')[0], /^YAML: /);
    assert.deepEqual(checkYaml('version: "3.8"\nservices:\n  web:\n    ports: ["80:80"]\n    depends_on: [cache]\n'), [
      'compose: service "web" has neither image nor build',
      'compose: service "web" depends on unknown service "cache"',
      'compose: the top-level "version" key is obsolete in Compose v2; drop it',
    ]);
  });
});
