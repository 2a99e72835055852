/**
 * The project's config file for the command being run (src/load/load-config.ts): its word lists are put in use,
 * and its settings become defaults of the command's options: `lang` of --lang, `templates` of --templates,
 * `format.<command>` of that command's --format. The command line wins; a format also gives way to -o, whose
 * extension picks one. Each value is checked by the option it stands for (its choices, its parser), in every
 * command that has that option, so a mistake is reported with its place whichever command runs.
 */
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { UserError } from '../core/errors.js';
import { useWordLists } from '../core/load-lexicon.js';
import { loadConfig, type Config } from '../load/load-config.js';

/** The global options that say which config file to use: --config FILE, or --no-config (false). */
export interface ConfigFlags {
  config?: string | false;
}

const optionOf = (command: Command, name: string): Option | undefined =>
  command.options.find((o) => o.attributeName() === name);

/** The value as the option would take it from the command line; a UserError placed in the config if not. */
function parseAs(option: Option, value: string, place: string): unknown {
  if (option.argChoices && !option.argChoices.includes(value))
    throw new UserError(`${place}: expected one of ${option.argChoices.join(', ')}, got ${value}`);
  try {
    return option.parseArg ? option.parseArg(value, undefined) : value;
  } catch (err) {
    if (err instanceof InvalidArgumentError) throw new UserError(`${place}: ${err.message}`);
    throw err;
  }
}

/**
 * Checks one setting with the option `name` of every command in `takers`, and makes it the default of `into`
 * (the command being run, or null) unless its command line set the option.
 */
function setDefault(
  config: Config,
  path: readonly string[],
  value: string,
  takers: readonly Command[],
  into: Command | null,
  name: string,
): void {
  const place = `${config.locate(path)}: ${path.join('.')}`;
  const options = takers.flatMap((c) => optionOf(c, name) ?? []);
  if (!options.length)
    throw new UserError(`${config.locate(path, true)}: ${path.join('.')}: no command takes --${name}`);
  const parsed = options.map((option) => parseAs(option, value, place));
  const option = into && optionOf(into, name);
  if (!into || !option) return;
  const source = into.getOptionValueSource(name);
  if (source !== 'cli' && source !== 'implied')
    into.setOptionValueWithSource(name, parsed[options.indexOf(option)], 'config');
}

/** The word lists of code loaded on use (the summary's and the brief's): a config may add to them too. */
const loadLazyLists = () =>
  Promise.all([import('../render/load-labels.js'), import('../render/read-stance.js')]);

/** Reads the config file the global flags name (or finds one) and applies it to `command`, the one being run. */
export async function applyConfig(program: Command, command: Command, flags: ConfigFlags): Promise<void> {
  const config =
    flags.config === false
      ? null
      : await loadConfig({ ...(flags.config ? { file: flags.config } : {}), beforeWords: loadLazyLists });
  useWordLists(config?.words);
  if (!config) return;
  const commands = program.commands;
  if (config.lang) setDefault(config, ['lang'], config.lang, commands, command, 'lang');
  if (config.templates) setDefault(config, ['templates'], config.templates, commands, command, 'templates');
  // -o picks the format by its extension: a default from the config would contradict it
  const output = command.getOptionValueSource('output') === 'cli';
  for (const [name, format] of Object.entries(config.format)) {
    const target = commands.find((c) => c.name() === name);
    if (!target) {
      const names = commands.filter((c) => optionOf(c, 'format')).map((c) => c.name());
      throw new UserError(
        `${config.locate(['format', name], true)}: format.${name}: no command of this name (${names.join(', ')})`,
      );
    }
    setDefault(
      config,
      ['format', name],
      format,
      [target],
      target === command && !output ? command : null,
      'format',
    );
  }
}
