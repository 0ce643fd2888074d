# bash completion for touchpoint(1): commands, their options, and file names where a command
# takes files. Installed to share/bash-completion/completions/touchpoint, where
# bash-completion loads it on first use; without bash-completion, source it from ~/.bashrc.

_touchpoint_reply() {  # words... : the candidates among them that start with $cur
  mapfile -t COMPREPLY < <(compgen -W "$*" -- "$cur")
}

_touchpoint_files() {  # [-X filter]: file names (those the filter keeps, and directories)
  compopt -o filenames 2>/dev/null
  if (($#)); then
    mapfile -t COMPREPLY < <(compgen -f "$@" -- "$cur"; compgen -d -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

_touchpoint() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local global_options="--db --socket --config --json --quiet -q --help -h --version"
  local commands="import export stats calls ack snooze dismiss called people person timeline
    search graph link unlink rescore status reload config db"
  local valued_options="--db --socket --config --as-of --until --limit"
  COMPREPLY=()

  # bash splits --db=FILE at '=' into three words: --db, =, FILE.
  if [[ $cur == "=" ]]; then
    cur=""
  elif [[ $prev == "=" && COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi
  case $prev in
    --db | --config | --socket) _touchpoint_files; return ;;
    --as-of | --until | --limit) return ;;  # a date, time or number: nothing to offer
  esac

  # The command (and config's subcommand): the first words that are neither options nor
  # option values.
  local i word command="" subcommand=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ " $valued_options " == *" $word "* ]]; then
      ((i++))
      [[ ${COMP_WORDS[i]} == "=" ]] && ((i++))
    elif [[ $word == -* ]]; then
      continue
    elif [[ -z $command ]]; then
      command=$word
    elif [[ ($command == config || $command == db) && -z $subcommand ]]; then
      subcommand=$word
    fi
  done

  local options=$global_options
  case $command in
    calls) options+=" --as-of" ;;
    snooze) options+=" --until" ;;
    person) options+=" --why" ;;
    timeline) options+=" --limit" ;;
  esac
  if [[ $cur == -* ]]; then
    _touchpoint_reply "$options"
    return
  fi
  case $command in
    "") _touchpoint_reply "$commands" ;;
    import) _touchpoint_files -X '!*.zip' ;;
    config)
      if [[ -z $subcommand ]]; then
        _touchpoint_reply "default check"
      elif [[ $subcommand == check ]]; then
        _touchpoint_files -X '!*.toml'
      fi
      ;;
    db)
      if [[ -z $subcommand ]]; then
        _touchpoint_reply "backup check"
      elif [[ $subcommand == backup ]]; then
        _touchpoint_files
      fi
      ;;
  esac
}

complete -F _touchpoint touchpoint
